// Registre des réclamations: the auditor's history of a complaint or corrective action, running or finished
// (Community Cockpit has no history view). Data comes from the domain API, GET /api/history/{orderNumber};
// the diagram is Cockpit's own viewer, with the path taken marked. Client text is set as text only.
// A "history" view of the process instance makes Cockpit open a finished instance here rather than refuse it.
const HISTORY_PATH = '/process-instance/:id/history';
const SEARCH_PATH = '/historique';
const PAGE_SIZE = 50;

const STATUS = {
  AWAITING_ACKNOWLEDGEMENT: 'En attente d\'accusé de réception', IN_PROGRESS: 'En cours', AWAITING_SIGNATURE:
    'En attente de signature', ANSWERED: 'Répondue', WITHDRAWN: 'Retirée', RECORDED: 'Avis enregistré',
  TO_EXAMINE: 'Avis à examiner', EXAMINED: 'Avis examiné', DECIDED: 'Décidée', CHECKING: 'Vérification de l\'efficacité',
  CLOSED: 'Clôturée'
};
const STEP_TYPES = {
  userTask: 'Tâche', serviceTask: 'Traitement automatique', businessRuleTask: 'Décision automatique',
  boundaryTimer: 'Minuteur déclenché', intermediateTimer: 'Minuteur déclenché', startEvent: 'Début',
  endEvent: 'Fin', noneEndEvent: 'Fin', terminateEndEvent: 'Fin', messageEndEvent: 'Fin', subProcess: 'Étape',
  callActivity: 'Sous-processus',
  boundaryMessage: 'Demande reçue', messageStartEvent: 'Demande reçue', startTimerEvent: 'Minuteur déclenché'
};
const LETTER_KINDS = {
  RECEIPT: 'Récépissé', ACKNOWLEDGEMENT: 'Accusé de réception', INTERIM_NEWS: 'Point d\'étape',
  ANSWER: 'Réponse', ANSWERED_AT_ONCE: 'Réponse immédiate'
};
/** How the diagram marks a step: a sub-process only outlined (a fill would hide what it holds), a fired timer in orange. */
function marker(step) {
  if (step.type === 'subProcess') {
    return 'registre-done-scope';
  }
  return /Timer/.test(step.type) ? 'registre-timer-fired' : 'registre-done';
}

function element(tag, text, className) {
  const created = document.createElement(tag);
  if (text !== undefined && text !== null) {
    created.textContent = text;
  }
  if (className) {
    created.className = className;
  }
  return created;
}

function link(text, href) {
  const anchor = element('a', text);
  anchor.href = href;
  return anchor;
}

const two = number => String(number).padStart(2, '0');
const frenchDate = iso => (iso ? iso.slice(0, 10).split('-').reverse().join('/') : '');
const frenchDateTime = iso => (iso ? `${frenchDate(iso)} ${iso.slice(11, 16)}` : '');

function duration(millis) {
  if (millis === null || millis === undefined) {
    return '';
  }
  const minutes = Math.round(millis / 60000);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  if (days > 0) {
    return `${days} j ${two(hours)} h`;
  }
  return hours > 0 ? `${hours} h ${two(minutes % 60)} min` : `${minutes} min`;
}

function verdict(met) {
  if (met === true) {
    return element('span', 'Respectée', 'label label-success');
  }
  return met === false ? element('span', 'Dépassée', 'label label-danger') : element('span', 'En cours');
}

async function read(api, path) {
  const answer = await fetch(path, {
    credentials: 'same-origin', headers: { Accept: 'application/json', 'X-XSRF-TOKEN': api.CSRFToken }
  });
  const body = await answer.json().catch(() => ({}));
  if (!answer.ok) {
    throw new Error((body.errors || []).map(error => error.message).join(' ')
      || `Lecture impossible (erreur ${answer.status}).`);
  }
  return body;
}

function table(headings, rows, className) {
  const list = element('table', undefined, `table table-condensed ${className || ''}`);
  const head = element('tr');
  headings.forEach(heading => head.append(element('th', heading)));
  list.append(element('thead'), element('tbody'));
  list.tHead.append(head);
  rows.forEach(cells => {
    const line = element('tr');
    cells.forEach(cell => line.append(cell instanceof Node ? wrap(cell) : element('td', cell)));
    list.tBodies[0].append(line);
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
    said.push(`prise en charge par ${step.claimedBy}`);
  } else if (step.assignee && !step.completedBy) {
    said.push(`confiée à ${step.assignee}`);
  }
  if (step.completedBy) {
    said.push(`terminée par ${step.completedBy}`);
  }
  return said.join(', ');
}

function dueCell(step) {
  if (!step.due) {
    return '';
  }
  const cell = element('span', `${frenchDateTime(step.due)} `);
  cell.append(verdict(step.dueMet));
  return cell;
}

function stepName(step) {
  const name = element('span', step.name || STEP_TYPES[step.type] || 'Étape');
  const kind = STEP_TYPES[step.type];
  if (kind && step.name) {
    name.append(element('small', ` (${kind.toLowerCase()})`, 'text-muted'));
  }
  if (step.canceled) {
    name.append(element('small', ' – interrompue', 'text-muted'));
  }
  return name;
}

function timeline(steps) {
  const shown = steps.filter(step => !/Gateway$/.test(step.type) && step.type !== 'subProcess');
  return table(['Étape', 'Début', 'Fin', 'Durée', 'Qui', 'Échéance', 'Saisi à cette étape'],
    shown.map(step => [stepName(step), frenchDateTime(step.start), frenchDateTime(step.end), duration(step.durationMillis),
      people(step), dueCell(step), fieldList(step.entered)]), 'registre-history-timeline');
}

function deadlines(checks) {
  return table(['Échéance', 'Date limite', 'Faite le', 'Délai'],
    checks.map(check => [check.label, frenchDate(check.due), frenchDate(check.done) || 'pas encore', verdict(check.met)]));
}

function operations(log) {
  if (log.length === 0) {
    return element('p', 'Aucune opération enregistrée.');
  }
  return table(['Date', 'Personne', 'Opération', 'Étape', 'Détail'], log.map(entry => [frenchDateTime(entry.at),
    entry.user || '', entry.operation, entry.step || '', fieldList(entry.changes)]));
}

function followUps(register) {
  const lines = register.followUps || [];
  if (lines.length === 0) {
    return element('p', 'Aucune ligne de suivi.');
  }
  const list = element('ul', undefined, 'list-unstyled');
  lines.forEach(line => list.append(element('li', `${frenchDate(line.entryDate)} (${line.author}) : ${line.text}`)));
  return list;
}

function lettersAndDocuments(register) {
  const list = element('ul', undefined, 'list-unstyled');
  (register.letters || []).forEach(letter => {
    const item = element('li');
    item.append(link(`${LETTER_KINDS[letter.kind] || 'Courrier'} (PDF)`,
      `/api/complaints/${encodeURIComponent(register.orderNumber)}/letters/${encodeURIComponent(letter.id)}`),
    ` – émis le ${frenchDateTime(letter.issuedAt)} par ${letter.issuedBy}`);
    list.append(item);
  });
  (register.documents || []).forEach(document => {
    const item = element('li');
    item.append(link(document.fileName,
      `/api/complaints/${encodeURIComponent(register.orderNumber)}/documents/${encodeURIComponent(document.id)}`),
    ` – ajouté le ${frenchDateTime(document.uploadedAt)} par ${document.uploadedBy}`);
    list.append(item);
  });
  return list.childElementCount ? list : element('p', 'Aucun courrier ni document.');
}

/** Cockpit's own BPMN viewer (an AngularJS directive), with the activities done, the flows taken and the timers that fired marked. */
function diagram(api, history) {
  const holder = element('div', undefined, 'registre-history-diagram');
  const injector = window.angular.element(document).injector();
  const scope = injector.get('$rootScope').$new(true);
  scope.control = {};
  scope.marked = () => {
    const canvas = scope.control.getViewer().get('canvas');
    const known = id => scope.control.getElement(id);
    history.steps.filter(step => known(step.activityId))
      .forEach(step => canvas.addMarker(step.activityId, marker(step)));
    history.flowsTaken.filter(flow => known(flow.sequenceFlowId))
      .forEach(flow => canvas.addMarker(flow.sequenceFlowId, 'registre-taken'));
  };
  read(api, `${api.engineApi}/process-definition/${encodeURIComponent(history.processDefinitionId)}/xml`).then(definition => {
    scope.xml = definition.bpmn20Xml;
    holder.append(injector.get('$compile')(
      '<div cam-widget-bpmn-viewer diagram-data="xml" control="control" on-load="marked()"></div>')(scope)[0]);
    scope.$applyAsync();
  }, failure => holder.replaceChildren(element('p', failure.message, 'text-danger')));
  return holder;
}

function legend() {
  const key = element('p', undefined, 'registre-history-legend');
  key.append(element('span', 'étape franchie', 'registre-key-done'), element('span', 'chemin suivi', 'registre-key-taken'),
    element('span', 'rappel ou alerte déclenché', 'registre-key-timer'));
  return key;
}

function heading(history) {
  const register = history.register;
  const kind = history.origin === 'PA' ? 'de l\'action corrective' : 'de la réclamation';
  const title = element('h2', `Historique ${kind} ${history.orderNumber}`);
  const who = history.origin === 'PA' ? `décidée par ${register.decidedBy}` : `client : ${register.clientName}`;
  const facts = element('p', [
    `Agence ${history.agency}`, who, `objet : ${register.subject}`,
    `statut : ${STATUS[register.status] || register.status}`,
    history.start ? `traitement du ${frenchDateTime(history.start)} ${history.end ? `au ${frenchDateTime(history.end)}` : '(en cours)'}` : ''
  ].filter(Boolean).join(' – '));
  const actions = element('p', undefined, 'registre-history-actions');
  const print = element('button', 'Imprimer', 'btn btn-default');
  print.type = 'button';
  print.addEventListener('click', () => window.print());
  actions.append(print, link('Retour à la recherche', `#${SEARCH_PATH}`),
    link('Page du registre', `/registre/${history.origin === 'PA' ? 'action' : 'reclamation'}.html?n=${encodeURIComponent(history.orderNumber)}`));
  const now = new Date();
  const printed = element('p', `Imprimé le ${two(now.getDate())}/${two(now.getMonth() + 1)}/${now.getFullYear()} à `
    + `${two(now.getHours())}:${two(now.getMinutes())}`, 'registre-history-printed');
  return [title, facts, actions, printed];
}

function historyPage(api, history) {
  const page = element('div', undefined, 'registre-history');
  page.append(...heading(history));
  if (history.processDefinitionId) {
    page.append(section('Chemin suivi', legend(), diagram(api, history)));
  } else {
    page.append(element('p', 'Cette ligne vient d\'un tableau de suivi importé : aucun traitement dans l\'outil.'));
  }
  if (history.deadlines.length) {
    page.append(section('Échéances du registre', deadlines(history.deadlines)));
  }
  page.append(section('Déroulement, étape par étape', timeline(history.steps)),
    section('Suivi', followUps(history.register)));
  if (history.origin !== 'PA') {
    page.append(section('Courriers et documents', lettersAndDocuments(history.register)));
  }
  page.append(section('Journal des opérations', operations(history.operations)));
  return page;
}

/** The history view of the process instance in the address; its register row is found by its business key. */
async function showHistory(node, api) {
  // The diagram keeps its zoom in the address (?viewbox=…): that must not reload the page, as it would for ever.
  window.angular.element(document).injector().get('$route').routes[HISTORY_PATH].reloadOnSearch = false;
  const id = decodeURIComponent(window.location.hash.split('/')[2] || '');
  node.replaceChildren(element('p', 'Lecture de l\'historique…'));
  try {
    const instance = await read(api, `${api.engineApi}/history/process-instance/${encodeURIComponent(id)}`);
    if (!instance.businessKey) {
      throw new Error('Ce traitement ne concerne pas une ligne du registre.');
    }
    node.replaceChildren(historyPage(api, await read(api, `/api/history/${encodeURIComponent(instance.businessKey)}`)));
  } catch (failure) {
    node.replaceChildren(element('p', failure.message, 'text-danger'));
  }
}

function choice(name, label, options) {
  const field = element('label', label);
  const select = element('select', undefined, 'form-control');
  select.name = name;
  Object.entries(options).forEach(([value, text]) => {
    const option = element('option', text);
    option.value = value;
    select.append(option);
  });
  field.append(select);
  return field;
}

function input(name, label, type) {
  const field = element('label', label);
  const box = element('input', undefined, type === 'checkbox' ? '' : 'form-control');
  box.name = name;
  box.type = type || 'text';
  field.append(box);
  return field;
}

const SEARCH_TEXTS = ['q', 'agency', 'from', 'to', 'origin', 'status', 'outcome'];
const SEARCH_CHECKS = ['overdue', 'deadlineMissed'];

/** A date typed JJ/MM/AAAA as the API takes it (AAAA-MM-JJ); another text is refused here, in French. */
function isoDate(name, value) {
  if (!['from', 'to'].includes(name)) {
    return value;
  }
  const typed = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  if (!typed) {
    throw new Error(`La date « ${value} » est à saisir au format JJ/MM/AAAA.`);
  }
  return `${typed[3]}-${two(typed[2])}-${two(typed[1])}`;
}

function dateInput(name, label) {
  const field = input(name, label);
  field.lastChild.placeholder = 'JJ/MM/AAAA';
  field.lastChild.size = 10;
  return field;
}

function searchForm(onSearch, onRefusal) {
  const form = element('form', undefined, 'registre-history-search form-inline');
  form.append(input('q', 'N° d\'ordre, client ou objet'), input('agency', 'Agence'),
    dateInput('from', 'Reçue ou décidée du'), dateInput('to', 'au'),
    choice('origin', 'Origine', { '': 'Toutes', FS: 'Réclamations (FS)', PA: 'Actions correctives (PA)' }),
    choice('status', 'Statut', { '': 'Tous', open: 'En cours', closed: 'Closes', ANSWERED: 'Répondues', WITHDRAWN: 'Retirées' }),
    choice('outcome', 'Décision', { '': 'Toutes', ACCEPTED: 'Demande acceptée', PARTIALLY_REJECTED:
      'Demande rejetée partiellement', REJECTED: 'Demande rejetée' }),
    input('deadlineMissed', 'Échéance manquée', 'checkbox'), input('overdue', 'En retard aujourd\'hui', 'checkbox'));
  const submit = element('button', 'Rechercher', 'btn btn-primary');
  submit.type = 'submit';
  form.append(submit);
  form.addEventListener('submit', event => {
    event.preventDefault();
    const data = new FormData(form);
    const query = new URLSearchParams({ size: PAGE_SIZE });
    try {
      SEARCH_TEXTS.filter(name => data.get(name)).forEach(name => query.set(name, isoDate(name, data.get(name).trim())));
    } catch (refusal) {
      onRefusal(refusal);
      return;
    }
    SEARCH_CHECKS.filter(name => data.get(name)).forEach(name => query.set(name, 'true'));
    onSearch(query);
  });
  return form;
}

function resultCell(row) {
  return row.processInstanceId
    ? link(row.orderNumber, `#/process-instance/${encodeURIComponent(row.processInstanceId)}/history`)
    : element('span', `${row.orderNumber} (sans traitement dans l'outil)`);
}

function results(page) {
  const count = page.page.totalElements;
  const said = element('p', count === 0 ? 'Aucune ligne trouvée.'
    : `${count} ligne${count > 1 ? 's' : ''} trouvée${count > 1 ? 's' : ''}${count > PAGE_SIZE ? ` (les ${PAGE_SIZE} plus récentes)` : ''}.`);
  const rows = page.content.filter(row => row.origin !== 'QS');
  return [said, table(['N° d\'ordre', 'Date', 'Agence', 'Client ou émetteur', 'Objet', 'Statut', 'Échéance', 'Clôturée le'],
    rows.map(row => [resultCell(row), frenchDate(row.receptionDate), row.agency, row.clientName || '', row.subject,
      row.overdue ? `${STATUS[row.status] || row.status} – en retard` : STATUS[row.status] || row.status,
      frenchDate(row.answerDueDate), frenchDate(row.closureDate)]), 'registre-history-results')];
}

function showSearch(node, api) {
  const found = element('div');
  const refused = failure => found.replaceChildren(element('p', failure.message, 'text-danger'));
  node.replaceChildren(element('h2', 'Historique des réclamations et des actions correctives'),
    element('p', 'Trouvez une réclamation ou une action corrective, en cours ou terminée, pour voir le chemin suivi, '
      + 'qui a fait quoi et quand, et si chaque échéance a été respectée.'),
    searchForm(query => {
      found.replaceChildren(element('p', 'Recherche…'));
      read(api, `/api/register?${query}`).then(page => found.replaceChildren(...results(page)), refused);
    }, refused), found);
  const wrapper = element('div', undefined, 'registre-history');
  wrapper.append(...node.childNodes);
  node.replaceChildren(wrapper);
}

export default [
  {
    id: 'history',
    pluginPoint: 'cockpit.processInstance.view',
    priority: 10,
    label: 'REGISTRE_HISTORY_VIEW',
    render: () => {}
  },
  {
    id: 'registre-history',
    pluginPoint: 'cockpit.route',
    properties: { path: HISTORY_PATH },
    render: (node, { api }) => showHistory(node, api)
  },
  {
    id: 'registre-history-search',
    pluginPoint: 'cockpit.route',
    properties: { path: SEARCH_PATH },
    render: (node, { api }) => showSearch(node, api)
  },
  {
    id: 'registre-history-navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 10,
    properties: { path: SEARCH_PATH },
    render: node => node.replaceChildren(link('Historique', `#${SEARCH_PATH}`))
  }
];
