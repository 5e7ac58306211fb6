// Registre des réclamations: the audit indicators of a period, as tables and ECharts charts, printable on A4.
const INDICATORS = '/api/indicators';
const filters = document.getElementById('filters');
const figures = document.getElementById('figures');
const errorLine = document.getElementById('error');
const charts = [];

const number = value => (value === null || value === undefined ? '' : Number(value).toLocaleString('fr-FR'));
const percent = share => (share === null || share === undefined ? '–'
  : `${(share * 100).toLocaleString('fr-FR', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} %`);
const days = value => (value === null || value === undefined ? '–'
  : `${value.toLocaleString('fr-FR', { maximumFractionDigits: 1 })} j`);
const MONTHS = new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const monthName = key => MONTHS.format(new Date(`${key}-01T00:00:00Z`));

/** A table of [label, value] lines, or of a header row and rows when given columns. */
function table(columns, rows) {
  const grid = element('table', undefined, 'registre-table indicateurs-table');
  if (columns) {
    const head = element('tr');
    columns.forEach(column => head.append(element('th', column)));
    grid.appendChild(element('thead')).append(head);
  }
  const body = grid.appendChild(element('tbody'));
  rows.forEach(cells => {
    const line = body.appendChild(element('tr'));
    cells.forEach((cell, index) => line.append(element(!columns && index === 0 ? 'th' : 'td', cell)));
  });
  return grid;
}

function deadlineLines(label, deadline) {
  return [[`${label} dans le délai`, number(deadline.onTime)], [`${label} en retard`, number(deadline.late)],
    [`${label} en attente (délai non échu)`, number(deadline.pending)],
    ...(deadline.unknown ? [[`${label} : date inconnue (lignes importées)`, number(deadline.unknown)]] : []),
    [`Taux ${label.toLowerCase()} dans le délai`, percent(deadline.share)]];
}

function complaintTable(complaints) {
  return table(null, [['Réclamations reçues', number(complaints.received)],
    ['dont retirées (comptées à part)', number(complaints.withdrawn)],
    ...deadlineLines('Accusé de réception', complaints.acknowledgement),
    ...deadlineLines('Réponse', complaints.answer),
    ['Ouvertes aujourd\'hui', number(complaints.open)], ['En retard aujourd\'hui', number(complaints.overdue)],
    ['Issue : acceptées', number(complaints.outcomes.accepted)],
    ['Issue : partiellement rejetées', number(complaints.outcomes.partiallyRejected)],
    ['Issue : rejetées', number(complaints.outcomes.rejected)],
    ['Réclamations avec dysfonctionnements identifiés', number(complaints.withDysfunctions)]]);
}

function delayTable(delays) {
  const line = (label, figuresOf) => [label, number(figuresOf.count), days(figuresOf.median), days(figuresOf.percentile90)];
  return table(['Délai depuis la réception', 'Réclamations', 'Médiane', '90e centile'],
    [line('Accusé de réception', delays.acknowledgement), line('Réponse', delays.answer)]);
}

function breakdownTable(title, rows, keyText) {
  return table([title, 'Reçues', 'Retirées', 'AR dans le délai', 'Réponse dans le délai', 'Ouvertes', 'En retard'],
    rows.map(row => [keyText(row.key), number(row.received), number(row.withdrawn),
      percent(row.acknowledgement.share), percent(row.answer.share), number(row.open), number(row.overdue)]));
}

/** A bar chart of received, withdrawn and overdue complaints per key; no animation, so that print shows it whole. */
function breakdownChart(rows, keyText) {
  const place = element('div', undefined, 'indicateurs-chart');
  place.setAttribute('role', 'img');
  const series = (name, value) => ({ name, type: 'bar', data: rows.map(value) });
  return [place, {
    animation: false,
    textStyle: { fontFamily: 'Helvetica, Arial, sans-serif' },
    tooltip: { trigger: 'axis', valueFormatter: value => number(value) },
    legend: { top: 0 },
    grid: { left: 40, right: 16, top: 36, bottom: 28 },
    xAxis: { type: 'category', data: rows.map(row => keyText(row.key)) },
    yAxis: { type: 'value', minInterval: 1, axisLabel: { formatter: value => number(value) } },
    series: [series('Reçues', row => row.received), series('Retirées', row => row.withdrawn),
      series('En retard aujourd\'hui', row => row.overdue)]
  }];
}

/** The outcomes as a ring; an outcome that no complaint had gets no slice, but keeps its place in the legend. */
function outcomeChart(outcomes) {
  const place = element('div', undefined, 'indicateurs-chart');
  place.setAttribute('role', 'img');
  const parts = [{ name: 'Acceptées', value: outcomes.accepted },
    { name: 'Partiellement rejetées', value: outcomes.partiallyRejected },
    { name: 'Rejetées', value: outcomes.rejected }];
  return [place, {
    animation: false,
    tooltip: { trigger: 'item', valueFormatter: value => number(value) },
    legend: { top: 0, data: parts.map(part => part.name) },
    series: [{
      name: 'Issue des réclamations', type: 'pie', radius: ['35%', '65%'], top: 24,
      label: { formatter: part => `${part.name} : ${number(part.value)}` },
      data: parts.filter(part => part.value > 0)
    }]
  }];
}

function actionTable(actions) {
  return table(null, [['Actions correctives décidées', number(actions.decided)],
    ['Ouvertes', number(actions.open)], ['En retard', number(actions.overdue)],
    ['Clôturées (efficacité vérifiée)', number(actions.closedEffective)]]);
}

function reviewTable(reviews) {
  return table(null, [['Avis et questionnaires reçus (QS)', number(reviews.received)],
    ['dont négatifs', number(reviews.negative)]]);
}

function periodText(indicators) {
  const agency = indicators.agency ? `agence ${indicators.agency}` : 'toutes vos agences';
  return `Du ${frenchDate(indicators.from)} au ${frenchDate(indicators.to)}, ${agency}.`;
}

/** Today in Paris, dd/MM/yyyy. */
const today = () => frenchDate(new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Paris' }));

function show(indicators) {
  charts.splice(0).forEach(chart => chart.dispose());
  document.getElementById('period').replaceChildren(periodText(indicators),
    element('span', ` Imprimé le ${today()}.`, 'indicateurs-print-only'));
  const monthChart = breakdownChart(indicators.byMonth, monthName);
  const agencyChart = breakdownChart(indicators.byAgency, key => key);
  const categoryChart = breakdownChart(indicators.byProductCategory, key => key);
  const outcomes = outcomeChart(indicators.complaints.outcomes);
  figures.replaceChildren(
    section('Réclamations', complaintTable(indicators.complaints), outcomes[0]),
    section('Délais de traitement', delayTable(indicators.delays)),
    section('Par mois de réception', monthChart[0], breakdownTable('Mois', indicators.byMonth, monthName)),
    section('Par agence', agencyChart[0], breakdownTable('Agence', indicators.byAgency, key => key)),
    section('Par catégorie de produit', categoryChart[0],
      breakdownTable('Catégorie', indicators.byProductCategory, key => key)),
    section('Actions correctives', actionTable(indicators.actions)),
    section('Avis et questionnaires de satisfaction', reviewTable(indicators.reviews)));
  [outcomes, monthChart, agencyChart, categoryChart].forEach(([place, options]) => {
    const chart = echarts.init(place, null, { renderer: 'canvas' });
    chart.setOption(options);
    charts.push(chart);
  });
}

function query() {
  const data = new FormData(filters);
  const asked = new URLSearchParams();
  const from = isoDate(data.get('from'), 'La date de début');
  const to = isoDate(data.get('to'), 'La date de fin');
  const agency = String(data.get('agency') || '').trim();
  Object.entries({ from, to, agency }).filter(([, value]) => value).forEach(([name, value]) => asked.set(name, value));
  return asked;
}

async function load() {
  errorLine.textContent = '';
  try {
    show(await api(`${INDICATORS}?${query()}`));
  } catch (error) {
    figures.replaceChildren();
    errorLine.textContent = error.message;
  }
}

const resizeCharts = () => charts.forEach(chart => chart.resize());
/** The charts' size on an A4 page (print stylesheet: 180 × 70 mm), in CSS pixels: set before the page is laid out. */
const PRINTED_CHART = { width: Math.round(180 * 96 / 25.4), height: Math.round(70 * 96 / 25.4) };
filters.addEventListener('submit', event => {
  event.preventDefault();
  load();
});
document.getElementById('print').addEventListener('click', () => window.print());
// Charts are drawn for the printed page's width before printing, and for the window's again after.
window.addEventListener('beforeprint', () => charts.forEach(chart => chart.resize(PRINTED_CHART)));
window.addEventListener('afterprint', resizeCharts);
window.addEventListener('resize', resizeCharts);

header().then(load);
