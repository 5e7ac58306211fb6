// Registre des réclamations: the auditor's history of a complaint, review or corrective action, running or finished
// (Community Cockpit has no history view). Data comes from the domain API, GET /api/history/{orderNumber};
// the diagram is Cockpit's own viewer, with the path taken marked. Client text is set as text only, and nothing
// here changes anything: it only reads.
// A "history" view of the process instance makes Cockpit open a finished instance here rather than refuse it.
// Its labels are in locales/fr.json under REGISTRE_HISTORY; the register's own texts (statuses, letter kinds),
// dates and elements come from the register pages' /registre/commun.js, loaded once into Cockpit.
/* global element, link, frenchDate, frenchDateTime, statusText, LETTER_KINDS, request, isoDate, labelled, input,
   choice, dateInput, pager */
const HISTORY_PATH = '/process-instance/:id/history';
const SEARCH_PATH = '/historique';
const PAGE_SIZE = 20;
const DIAGRAM = '.registre-history-diagram svg:not(svg svg)';

let translate;
let helpers;

/** Cockpit's translations, then the register pages' helpers; a failed loading is tried again by the next page. */
function ready() {
  helpers = helpers || loadHelpers().catch(failure => {
    helpers = null;
    throw failure;
  });
  return helpers;
}

async function loadHelpers() {
  translate = window.angular.element(document).injector().get('$translate');
  await translate.onReady();
  await freshLabels();
  await new Promise((loaded, failed) => {
    const script = document.createElement('script');
    script.src = '/registre/commun.js';
    script.charset = 'utf-8';
    script.onload = loaded;
    script.onerror = failed;
    document.head.append(script);
  });
}

/**
 * Cockpit keeps its locale file in the browser under a key that changes only with Camunda's version, and reads
 * that copy first: after an upgrade of this application, the labels added since would show as their keys. The copy
 * is then dropped and the file read again.
 */
async function freshLabels() {
  if (translate.instant('REGISTRE_HISTORY.VIEW') !== 'REGISTRE_HISTORY.VIEW') {
    return;
  }
  const configuration = window.angular.element(document).injector().get('configuration');
  Object.keys(JSON.parse(localStorage.getItem('camunda-web') || '{}')).filter(key => key.includes('_locales_data_'))
    .forEach(key => configuration.set(key, undefined));
  await translate.refresh();
}

/** Shows the page once the helpers are ready, or says in French that they could not be loaded. */
function whenReady(node, show) {
  return ready().then(show, () => {
    const failure = document.createElement('p');
    failure.className = 'text-danger';
    failure.textContent = t('HELPERS_FAILED');
    node.replaceChildren(failure);
  });
}

/**
 * The plugin's label, with its values put in as they are (null: no HTML escaping, as every text here is set as
 * text, never as markup: escaped, a client's apostrophe would read &#39;).
 */
const t = (key, values) => translate.instant(`REGISTRE_HISTORY.${key}`, values, undefined, undefined, null);

/**
 * How the diagram marks a step: a sub-process only outlined (a fill would hide what it holds), a fired timer in
 * orange, a step under way in blue.
 */
function marker(step) {
  if (step.type === 'subProcess') {
    return 'registre-done-scope';
  }
  if (/Timer/.test(step.type)) {
    return 'registre-timer-fired';
  }
  return step.state === 'OPEN' ? 'registre-current' : 'registre-done';
}

const two = number => String(number).padStart(2, '0');

function duration(millis) {
  if (millis === null || millis === undefined) {
    return '';
  }
  const minutes = Math.round(millis / 60000);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  if (days > 0) {
    return t('DURATION.DAYS', { days, hours: two(hours) });
  }
  return hours > 0 ? t('DURATION.HOURS', { hours, minutes: two(minutes % 60) }) : t('DURATION.MINUTES', { minutes });
}

const VERDICT_CLASSES = { MET: 'label label-success', MISSED: 'label label-danger' };

/** Whether a deadline was met, missed, is still ahead or no longer owed, as the server judged it. */
function verdict(judged) {
  return element('span', t(`VERDICT.${judged}`), VERDICT_CLASSES[judged]);
}

async function read(path) {
  const answer = await request(path, { headers: { Accept: 'application/json' } });
  const body = await answer.json().catch(() => ({}));
  if (!answer.ok) {
    throw new Error((body.errors || []).map(error => error.message).join(' ') || t('READ_FAILED', { status: answer.status }));
  }
  return body;
}

function table(headings, rows, className) {
  const list = element('table', undefined, `table table-condensed ${className || ''}`);
  const head = element('tr');
  headings.forEach(heading => head.append(element('th', t(`COLUMN.${heading}`))));
  list.createTHead().append(head);
  const body = list.createTBody();
  rows.forEach(cells => {
    const line = element('tr');
    cells.forEach(cell => line.append(cell instanceof Node ? wrap(cell) : element('td', cell)));
    body.append(line);
  });
  return list;
}

function wrap(node) {
  const cell = element('td');
  cell.append(node);
  return cell;
}

function section(title, ...content) {
  const part = element('section', undefined, 'registre-history-section');
  part.append(element('h3', title), ...content);
  return part;
}

function fieldList(fields) {
  const list = element('div');
  fields.forEach(field => {
    const line = element('div', undefined, 'registre-history-field');
    line.append(element('strong', `${field.label} : `), element('span', field.value));
    list.append(line);
  });
  return list;
}

/** Who took the task, who completed it, or to whom it was given. */
function people(step) {
  const said = [];
  if (step.claimedBy) {
    said.push(t('CLAIMED_BY', { user: step.claimedBy }));
  } else if (step.assignee && !step.completedBy) {
    said.push(t('GIVEN_TO', { user: step.assignee }));
  }
  if (step.completedBy) {
    said.push(t('COMPLETED_BY', { user: step.completedBy }));
  }
  return said.join(', ');
}

function dueCell(step) {
  if (!step.due) {
    return '';
  }
  const cell = element('span', `${frenchDateTime(step.due)} `);
  cell.append(verdict(step.dueVerdict));
  return cell;
}

/**
 * The process the instance ran: a step or operation of another process sharing its order number (the
 * dysfunction analysis, the letter mailing) says which it belongs to.
 */
function otherProcess(history, entry) {
  const main = (history.steps.find(step => step.processInstanceId === history.processInstanceId) || {}).processName;
  return entry.processName && entry.processName !== main ? entry.processName : null;
}

function withProcess(history, entry, name) {
  const other = otherProcess(history, entry);
  if (other) {
    name.append(element('small', t('OF_PROCESS', { process: other }), 'registre-history-process'));
  }
  return name;
}

function stepName(history, step) {
  const kind = t(`STEP_TYPE.${step.type}`);
  const known = kind !== `REGISTRE_HISTORY.STEP_TYPE.${step.type}`;
  const name = element('span', step.name || (known ? kind : t('STEP_TYPE.OTHER')));
  if (known && step.name) {
    name.append(element('small', ` (${kind.toLowerCase()})`, 'text-muted'));
  }
  return withProcess(history, step, name);
}

/** A comment as typed, with its author and time. */
function commentLine(comment) {
  const line = element('div', undefined, 'registre-history-comment');
  line.append(element('strong', `${t('COMMENT', { author: comment.author, time: frenchDateTime(comment.at) })} `),
    element('span', comment.text));
  return line;
}

/** What was entered at the step, then the comments written on it. */
function enteredAndSaid(step) {
  const cell = fieldList(step.entered || []);
  cell.append(...(step.comments || []).map(commentLine));
  return cell;
}

/** The comments written on the process itself, not on one of its steps. */
function processComments(history) {
  if (history.comments.length === 0) {
    return element('p', t('NO_COMMENT'));
  }
  const list = element('div', undefined, 'registre-history-comments');
  list.append(...history.comments.map(commentLine));
  return list;
}

function timeline(history) {
  const shown = history.steps.filter(step => !/Gateway$/.test(step.type) && step.type !== 'subProcess');
  return table(['STEP', 'STATE', 'START', 'END', 'DURATION', 'WHO', 'DUE', 'ENTERED'],
    shown.map(step => [stepName(history, step), t(`STATE.${step.state}`), frenchDateTime(step.start),
      frenchDateTime(step.end), duration(step.durationMillis), people(step), dueCell(step), enteredAndSaid(step)]),
    'registre-history-timeline');
}

function deadlines(history) {
  return table(['DEADLINE', 'DUE_DATE', 'DONE_ON', 'DELAY'], history.deadlines.map(check => [check.label,
    frenchDate(check.due), frenchDate(check.done) || t('NOT_YET'), verdict(check.verdict)]));
}

function operations(history) {
  if (history.operations.length === 0) {
    return element('p', t('NO_OPERATION'));
  }
  return table(['DATE', 'PERSON', 'OPERATION', 'STEP', 'DETAIL'], history.operations.map(entry => [
    frenchDateTime(entry.at), entry.user || '', entry.operation, withProcess(history, entry, element('span', entry.step)),
    fieldList(entry.changes)]), 'registre-history-operations');
}

function followUps(register) {
  const lines = register.followUps || [];
  if (lines.length === 0) {
    return element('p', t('NO_FOLLOW_UP'));
  }
  const list = element('ul', undefined, 'list-unstyled');
  lines.forEach(line => list.append(element('li',
    t('FOLLOW_UP_LINE', { date: frenchDate(line.entryDate), author: line.author, text: line.text }))));
  return list;
}

function lettersAndDocuments(register) {
  const list = element('ul', undefined, 'list-unstyled');
  const rowPath = `/api/complaints/${encodeURIComponent(register.orderNumber)}`;
  (register.letters || []).forEach(letter => {
    const item = element('li');
    const kind = LETTER_KINDS[letter.kind] || t('OTHER_LETTER');
    item.append(link(t('LETTER', { kind }), `${rowPath}/letters/${encodeURIComponent(letter.id)}`),
      t('LETTER_ISSUED', { time: frenchDateTime(letter.issuedAt), user: letter.issuedBy }));
    list.append(item);
  });
  (register.documents || []).forEach(document => {
    const item = element('li');
    item.append(link(document.fileName, `${rowPath}/documents/${encodeURIComponent(document.id)}`),
      t('DOCUMENT_ADDED', { time: frenchDateTime(document.uploadedAt), user: document.uploadedBy }));
    list.append(item);
  });
  return list.childElementCount ? list : element('p', t('NO_LETTERS'));
}

/** The viewer's zoom buttons, whose tooltips Cockpit writes in English. */
const ZOOM_BUTTONS = { '.navigation .in': 'ZOOM.IN', '.navigation .out': 'ZOOM.OUT', '.navigation.reset button': 'ZOOM.RESET' };

/** Cockpit's own BPMN viewer (an AngularJS directive), with the activities done, the flows taken and the timers that fired marked. */
function diagram(api, history) {
  const holder = element('div', undefined, 'registre-history-diagram');
  const injector = window.angular.element(document).injector();
  const rootScope = injector.get('$rootScope');
  const scope = rootScope.$new(true);
  // The viewer lives as long as the page shows it: gone with the route (the diagram's zoom changes no route).
  const leave = rootScope.$on('$routeChangeSuccess', () => {
    leave();
    scope.$destroy();
  });
  scope.control = {};
  scope.marked = () => {
    const canvas = scope.control.getViewer().get('canvas');
    const known = id => scope.control.getElement(id);
    history.steps.filter(step => !otherProcess(history, step) && known(step.activityId))
      .forEach(step => canvas.addMarker(step.activityId, marker(step)));
    history.flowsTaken.filter(flow => known(flow.sequenceFlowId))
      .forEach(flow => canvas.addMarker(flow.sequenceFlowId, 'registre-taken'));
    Object.entries(ZOOM_BUTTONS).forEach(([selector, key]) => holder.querySelectorAll(selector)
      .forEach(button => { button.title = t(key); }));
  };
  read(`${api.engineApi}/process-definition/${encodeURIComponent(history.processDefinitionId)}/xml`).then(definition => {
    scope.xml = definition.bpmn20Xml;
    holder.append(injector.get('$compile')(
      '<div cam-widget-bpmn-viewer diagram-data="xml" control="control" on-load="marked()"></div>')(scope)[0]);
    scope.$applyAsync();
  }, failure => holder.replaceChildren(element('p', failure.message, 'text-danger')));
  return holder;
}

/**
 * On paper the whole diagram, scaled to the page, whatever the screen's zoom and crop: the diagram's own bounds
 * become the picture's frame for the time of the printing.
 */
function fitDiagramsToPaper() {
  document.querySelectorAll(DIAGRAM).forEach(svg => {
    const viewport = svg.querySelector(':scope > .viewport');
    // Once per printing: a second beforeprint would save the paper's frame as the screen's.
    if (!viewport || svg.dataset.screenTransform !== undefined) {
      return;
    }
    const bounds = viewport.getBBox();
    const margin = 10;
    svg.dataset.screenTransform = viewport.getAttribute('transform') || '';
    viewport.removeAttribute('transform');
    svg.setAttribute('viewBox', [bounds.x - margin, bounds.y - margin, bounds.width + 2 * margin,
      bounds.height + 2 * margin].join(' '));
  });
}

function diagramsBackToScreen() {
  document.querySelectorAll(DIAGRAM).forEach(svg => {
    if (svg.dataset.screenTransform !== undefined) {
      svg.querySelector(':scope > .viewport').setAttribute('transform', svg.dataset.screenTransform);
      svg.removeAttribute('viewBox');
      delete svg.dataset.screenTransform;
    }
  });
}

/** The time of the printing, not of the page's opening: the history may have been open for hours. */
function stampPrintTime() {
  document.querySelectorAll('.registre-history-printed').forEach(stamp => {
    stamp.textContent = t('PRINTED_AT', { time: frenchDateTime(new Date().toISOString()) });
  });
}

window.addEventListener('beforeprint', () => {
  if (translate) {
    stampPrintTime();
    fitDiagramsToPaper();
  }
});
window.addEventListener('afterprint', diagramsBackToScreen);

function legend() {
  const key = element('p', undefined, 'registre-history-legend');
  key.append(element('span', t('KEY.DONE'), 'registre-key-done'), element('span', t('KEY.CURRENT'), 'registre-key-current'),
    element('span', t('KEY.TAKEN'), 'registre-key-taken'), element('span', t('KEY.TIMER'), 'registre-key-timer'));
  return key;
}

function heading(history) {
  const register = history.register;
  const facts = element('p', [
    t('AGENCY', { agency: history.agency }),
    history.origin === 'PA' ? t('DECIDED_BY', { name: register.decidedBy }) : t('CLIENT', { name: register.clientName }),
    t('SUBJECT', { subject: register.subject }),
    t('STATUS', { status: statusText({ origin: history.origin, status: register.status }) }),
    history.start ? t(history.end ? 'HANDLED_FROM_TO' : 'HANDLED_FROM',
      { start: frenchDateTime(history.start), end: frenchDateTime(history.end) }) : ''
  ].filter(Boolean).join(' – '));
  const actions = element('p', undefined, 'registre-history-actions');
  const print = element('button', t('PRINT'), 'btn btn-default');
  print.type = 'button';
  print.addEventListener('click', () => window.print());
  actions.append(print, link(t('BACK_TO_SEARCH'), `#${SEARCH_PATH}`), link(t('REGISTER_PAGE'),
    `/registre/${history.origin === 'PA' ? 'action' : 'reclamation'}.html?n=${encodeURIComponent(history.orderNumber)}`));
  return [element('h2', t(`TITLE.${history.origin}`, { orderNumber: history.orderNumber })), facts, actions,
    element('p', undefined, 'registre-history-printed')];
}

function historyPage(api, history) {
  const page = element('div', undefined, 'registre-history');
  page.append(...heading(history));
  if (history.processDefinitionId) {
    page.append(section(t('PATH'), legend(), diagram(api, history)));
  } else {
    page.append(element('p', t('NO_PROCESS')));
  }
  if (history.deadlines.length) {
    page.append(section(t('REGISTER_DEADLINES'), deadlines(history)));
  }
  page.append(section(t('TIMELINE'), timeline(history)), section(t('COMMENTS'), processComments(history)),
    section(t('FOLLOW_UP'), followUps(history.register)));
  if (history.origin !== 'PA') {
    page.append(section(t('LETTERS_AND_DOCUMENTS'), lettersAndDocuments(history.register)));
  }
  page.append(section(t('OPERATION_LOG'), operations(history)));
  return page;
}

/** The history view of the process instance in the address; its register row is found by its business key. */
async function showHistory(node, api) {
  // The diagram keeps its zoom in the address (?viewbox=…): that must not reload the page, as it would for ever.
  window.angular.element(document).injector().get('$route').routes[HISTORY_PATH].reloadOnSearch = false;
  const id = decodeURIComponent(window.location.hash.split('/')[2] || '');
  node.replaceChildren(element('p', t('LOADING')));
  try {
    const instance = await read(`${api.engineApi}/history/process-instance/${encodeURIComponent(id)}`);
    if (!instance.businessKey) {
      throw new Error(t('NO_REGISTER_ROW'));
    }
    node.replaceChildren(historyPage(api, await read(`/api/history/${encodeURIComponent(instance.businessKey)}`)));
  } catch (failure) {
    node.replaceChildren(element('p', failure.message, 'text-danger'));
  }
}

const formControl = control => {
  control.classList.add('form-control');
  return control;
};

/** A list of choices of the search, given as {value: label key}. */
const searchChoice = (name, choices) => formControl(choice(name, Object.fromEntries(
  Object.entries(choices).map(([value, key]) => [value, t(`SEARCH.${key}`)]))));

const SEARCH_TEXTS = ['q', 'agency', 'origin', 'status', 'outcome'];
const SEARCH_DATES = { from: 'SEARCH.FROM_DATE', to: 'SEARCH.TO_DATE' };
const SEARCH_CHECKS = ['overdue', 'deadlineMissed'];

/** The filters of the form as the register listing takes them; a date typed wrong is refused here, in French. */
function filters(form) {
  const data = new FormData(form);
  const query = new URLSearchParams({ size: PAGE_SIZE });
  SEARCH_TEXTS.filter(name => data.get(name)).forEach(name => query.set(name, data.get(name).trim()));
  Object.entries(SEARCH_DATES).forEach(([name, label]) => {
    const date = isoDate(data.get(name), t(label));
    if (date) {
      query.set(name, date);
    }
  });
  SEARCH_CHECKS.filter(name => data.get(name)).forEach(name => query.set(name, 'true'));
  return query;
}

function searchForm(onSearch, onRefusal) {
  const form = element('form', undefined, 'registre-history-search form-inline');
  const check = name => input('input', name, { type: 'checkbox' });
  form.append(labelled(t('SEARCH.TEXT'), formControl(input('input', 'q', { type: 'text' }))),
    labelled(t('SEARCH.AGENCY'), formControl(input('input', 'agency', { type: 'text' }))),
    labelled(t('SEARCH.FROM'), formControl(dateInput('from'))), labelled(t('SEARCH.TO'), formControl(dateInput('to'))),
    labelled(t('SEARCH.ORIGIN'), searchChoice('origin', { '': 'ALL_ORIGINS', FS: 'FS', QS: 'QS', PA: 'PA' })),
    labelled(t('SEARCH.STATUS'), searchChoice('status', { '': 'ALL_STATUSES', open: 'OPEN', closed: 'CLOSED',
      ANSWERED: 'ANSWERED', WITHDRAWN: 'WITHDRAWN' })),
    labelled(t('SEARCH.OUTCOME'), searchChoice('outcome', { '': 'ALL_OUTCOMES', ACCEPTED: 'ACCEPTED',
      PARTIALLY_REJECTED: 'PARTIALLY_REJECTED', REJECTED: 'REJECTED' })),
    labelled(t('SEARCH.DEADLINE_MISSED'), check('deadlineMissed')), labelled(t('SEARCH.OVERDUE'), check('overdue')));
  const submit = element('button', t('SEARCH.SUBMIT'), 'btn btn-primary');
  submit.type = 'submit';
  form.append(submit);
  form.addEventListener('submit', event => {
    event.preventDefault();
    try {
      onSearch(filters(form));
    } catch (refusal) {
      onRefusal(refusal);
    }
  });
  return form;
}

function resultCell(row) {
  return row.processInstanceId
    ? link(row.orderNumber, `#/process-instance/${encodeURIComponent(row.processInstanceId)}/history`)
    : element('span', t('SEARCH.WITHOUT_PROCESS', { orderNumber: row.orderNumber }));
}

function countText(total) {
  if (total === 0) {
    return t('SEARCH.NONE');
  }
  return total === 1 ? t('SEARCH.ONE') : t('SEARCH.MANY', { count: total.toLocaleString('fr-FR') });
}

/** The page of results: how many in all, this page's rows, and the way to the others. */
function results(page, show) {
  const rows = table(['ORDER_NUMBER', 'DATE', 'AGENCY', 'CLIENT_OR_AUTHOR', 'SUBJECT', 'STATUS', 'DUE', 'CLOSED_ON'],
    page.content.map(row => [resultCell(row), frenchDate(row.receptionDate), row.agency, row.clientName || '',
      row.subject, row.overdue ? t('SEARCH.LATE', { status: statusText(row) }) : statusText(row),
      frenchDate(row.answerDueDate), frenchDate(row.closureDate)]), 'registre-history-results');
  const pages = element('nav', undefined, 'registre-history-pager');
  pages.append(...pager(page.page, show, { previous: t('SEARCH.PREVIOUS'), next: t('SEARCH.NEXT'),
    position: (number, total) => t('SEARCH.PAGE', { number, total }), buttonClass: 'btn btn-default' }));
  return [element('p', countText(page.page.totalElements), 'registre-history-count'),
    ...(page.content.length ? [rows] : []), pages];
}

function showSearch(node) {
  const found = element('div');
  const refused = failure => found.replaceChildren(element('p', failure.message, 'text-danger'));
  // Only the latest page asked for is shown: an earlier answer arriving late would replace it.
  let latest = 0;
  const search = query => {
    const show = number => {
      const asked = ++latest;
      query.set('page', number);
      found.replaceChildren(element('p', t('SEARCH.SEARCHING')));
      read(`/api/register?${query}`).then(page => asked === latest && found.replaceChildren(...results(page, show)),
        failure => asked === latest && refused(failure));
    };
    show(0);
  };
  const page = element('div', undefined, 'registre-history');
  page.append(element('h2', t('SEARCH.TITLE')), element('p', t('SEARCH.INTRO')), searchForm(search, refused), found);
  node.replaceChildren(page);
}

export default [
  {
    id: 'history',
    pluginPoint: 'cockpit.processInstance.view',
    priority: 10,
    label: 'REGISTRE_HISTORY.VIEW',
    render: () => {}
  },
  {
    id: 'registre-history',
    pluginPoint: 'cockpit.route',
    properties: { path: HISTORY_PATH },
    render: (node, { api }) => whenReady(node, () => showHistory(node, api))
  },
  {
    id: 'registre-history-search',
    pluginPoint: 'cockpit.route',
    properties: { path: SEARCH_PATH },
    render: node => whenReady(node, () => showSearch(node))
  },
  {
    id: 'registre-history-navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 10,
    properties: { path: SEARCH_PATH },
    render: node => whenReady(node, () => node.replaceChildren(link(t('NAVIGATION'), `#${SEARCH_PATH}`)))
  }
];
