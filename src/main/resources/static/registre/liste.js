// Registre des réclamations: the register list, with the tracking sheet's columns (newest first): complaints (FS),
// questionnaire items (QS) and corrective actions (PA), each with its links to the others.
const PAGE_SIZE = 25;
const COLUMNS = ['Année', 'Date', 'NOM Prénom Emetteur', 'Numéro d\'ordre', 'Origine', 'Objet', 'Justificatif n°',
  'Suivi', 'Personne chargée du dossier', 'Date d\'échéance', 'Date de clôture', 'Statut', 'Liens'];

/** Who brings a tracking sheet in: the groups the domain API lets import. */
const IMPORTING_GROUPS = ['qualite', 'camunda-admin'];

const PAGER_TEXTS = { previous: 'Page précédente', next: 'Page suivante',
  position: (number, total) => `Page ${number} sur ${total}` };

const filters = document.getElementById('filters');
const state = { mine: false, page: 0 };

/** The filters as typed, for the listing and for the tracking sheet's download alike. */
function queryOfFilters() {
  const query = new URLSearchParams();
  new FormData(filters).forEach((value, name) => {
    if (String(value).trim()) {
      query.set(name, String(value).trim());
    }
  });
  if (state.mine) {
    query.set('mine', 'true');
  }
  return query;
}

function queryOfPage() {
  const query = queryOfFilters();
  query.set('page', state.page);
  query.set('size', PAGE_SIZE);
  return query;
}

/** The tracking sheet of the rows listed, whatever page is shown: every reader of the register may take it out. */
function showDownloads() {
  const query = queryOfFilters().toString();
  const downloads = document.getElementById('downloads');
  downloads.replaceChildren('Télécharger ces lignes : ',
    link('tableau de suivi (XLSX)', `/api/register/export.xlsx?${query}`), ' – ',
    link('CSV', `/api/register/export.csv?${query}`));
}

/** What the import recorded, or why it recorded nothing (the API's French errors, a line each). */
function importReport(report) {
  const place = document.getElementById('import-report');
  const imported = report.imported === 1 ? '1 ligne importée' : `${report.imported} lignes importées`;
  const skipped = report.skipped === 0 ? '' : report.skipped === 1 ? ', 1 ligne déjà au registre passée'
    : `, ${report.skipped} lignes déjà au registre passées`;
  place.replaceChildren(element('p', `${imported}${skipped}.`, 'registre-status'));
  document.querySelector('#import form').replaceWith(importForm());
  return show(0);
}

/** Last year's sheet brought in: the quality manager and the administrators only, as the API allows. */
function importForm() {
  return form('Importer', [filePicker('Tableau de suivi (XLSX ou CSV, 10 Mo au plus)', 'file')],
    data => api('/api/register/import', { method: 'POST', body: data }), importReport);
}

function followUpCell(row) {
  const count = row.followUpCount;
  return element('td', count === 0 ? '' : count === 1 ? '1 entrée' : `${count} entrées`);
}

function statusCell(row) {
  const cell = element('td', statusText(row));
  if (row.overdue) {
    cell.append(' ', element('span', 'En retard', 'registre-late'));
  }
  return cell;
}

/** An action's sources, a complaint's actions: both directions of a link show in the list. */
function linksCell(row) {
  const cell = element('td');
  if (row.sources.length) {
    linkList(cell.appendChild(element('span', 'Origine : ')), row.sources, complaintLink);
  }
  if (row.actions.length) {
    linkList(cell.appendChild(element('span', 'Actions : ')), row.actions, actionLink);
  }
  return cell;
}

function tableRow(row) {
  const line = element('tr', undefined, row.overdue ? 'registre-overdue' : '');
  const number = element('td');
  number.append((row.origin === ACTION_ORIGIN ? actionLink : complaintLink)(row.orderNumber));
  line.append(element('td', row.receptionDate ? row.receptionDate.slice(0, 4) : ''),
    element('td', frenchDate(row.receptionDate)), element('td', row.clientName), number,
    element('td', row.origin), element('td', row.subject, 'registre-subject'), element('td', row.documentNumber),
    followUpCell(row), element('td', row.handler), element('td', frenchDate(row.answerDueDate)),
    element('td', frenchDate(row.closureDate)), statusCell(row), linksCell(row));
  return line;
}

function table(rows) {
  const list = element('table', undefined, 'registre-table');
  const head = element('tr');
  COLUMNS.forEach(column => head.append(element('th', column)));
  list.createTHead().append(head);
  const body = list.createTBody();
  rows.forEach(row => body.append(tableRow(row)));
  return list;
}

function countText(total) {
  if (total === 0) {
    return state.mine ? 'Aucun dossier ne correspond.' : 'Aucune ligne du registre ne correspond.';
  }
  return total === 1 ? '1 ligne correspond.' : `${total.toLocaleString('fr-FR')} lignes correspondent.`;
}

async function show(page) {
  state.page = page;
  const rows = document.getElementById('rows');
  const count = document.getElementById('count');
  count.textContent = 'Lecture du registre…';
  try {
    showDownloads();
    const result = await api(`/api/register?${queryOfPage()}`);
    count.textContent = countText(result.page.totalElements);
    rows.replaceChildren(...(result.content.length ? [table(result.content)] : []));
    document.getElementById('pager').replaceChildren(...pager(result.page, show, PAGER_TEXTS));
  } catch (error) {
    count.textContent = '';
    showError(rows, error);
  }
}

function selectTab(mine) {
  state.mine = mine;
  document.getElementById('tab-all').setAttribute('aria-selected', String(!mine));
  document.getElementById('tab-mine').setAttribute('aria-selected', String(mine));
  show(0);
}

filters.addEventListener('submit', event => {
  event.preventDefault();
  show(0);
});
document.getElementById('tab-all').onclick = () => selectTab(false);
document.getElementById('tab-mine').onclick = () => selectTab(true);
/** The quality manager and the direction decide actions by hand too, not only from a complaint or a review. */
async function showTools(user) {
  const groups = await userGroups(user.userId);
  if (decides(groups)) {
    document.getElementById('tools').append(link('Nouvelle action corrective', 'nouvelle-action.html'));
  }
  if (groups.some(group => IMPORTING_GROUPS.includes(group))) {
    const place = document.getElementById('import');
    place.insertBefore(importForm(), document.getElementById('import-report'));
    place.hidden = false;
  }
}

header().then(user => {
  selectTab(location.hash === '#mes-dossiers');
  return showTools(user);
});
