// Registre des réclamations: what the register pages share, and what Cockpit's history view (cockpit/scripts/history.js)
// reuses of it (statuses, letter kinds, French dates, elements set as text). Data comes from the domain API (/api),
// read and changed with the webapps' login; client text is always set as text, never as markup.
const TASKLIST = '/camunda/app/tasklist/default/';
const COCKPIT = '/camunda/app/cockpit/default/';
const ENGINE = '/camunda/api/engine/engine/default/';
const APP_USER = '/camunda/api/admin/auth/user/default';
/** Where the Tasklist login sends the user back to (see entete.js). */
const RETURN_TO = 'registre.retour';

const STATUS = {
  AWAITING_ACKNOWLEDGEMENT: 'En attente d\'accusé de réception',
  IN_PROGRESS: 'En cours d\'instruction',
  AWAITING_SIGNATURE: 'En attente de signature',
  ANSWERED: 'Répondue',
  WITHDRAWN: 'Retirée',
  RECORDED: 'Avis enregistré',
  TO_EXAMINE: 'Avis à examiner',
  EXAMINED: 'Avis examiné'
};
const OPEN_STATUSES = ['AWAITING_ACKNOWLEDGEMENT', 'IN_PROGRESS', 'AWAITING_SIGNATURE', 'TO_EXAMINE'];
const ACTION_STATUS = {
  DECIDED: 'Décidée',
  IN_PROGRESS: 'En cours',
  CHECKING: 'Vérification de l\'efficacité',
  CLOSED: 'Clôturée'
};
/** The letters a complaint's handling issues, by kind. */
const LETTER_KINDS = {
  RECEIPT: 'Récépissé', ACKNOWLEDGEMENT: 'Accusé de réception', INTERIM_NEWS: 'Point d\'étape',
  ANSWER: 'Réponse', ANSWERED_AT_ONCE: 'Réponse immédiate'
};
/** A corrective action's register row: the other rows are complaints (FS) and questionnaire items (QS). */
const ACTION_ORIGIN = 'PA';

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

/** A row's status in French: a corrective action's statuses are not a complaint's. */
function statusText(row) {
  const names = row.origin === ACTION_ORIGIN ? ACTION_STATUS : STATUS;
  return names[row.status] || row.status;
}

function complaintLink(orderNumber) {
  return link(orderNumber, `reclamation.html?n=${encodeURIComponent(orderNumber)}`);
}

function actionLink(orderNumber) {
  return link(orderNumber, `action.html?n=${encodeURIComponent(orderNumber)}`);
}

/** The links of a row to others, separated by commas. */
function linkList(place, orderNumbers, makeLink) {
  orderNumbers.forEach((orderNumber, index) => place.append(index ? ', ' : '', makeLink(orderNumber)));
  return place;
}

function section(title, ...content) {
  const part = element('section', undefined, 'registre-section');
  part.append(element('h2', title), ...content);
  return part;
}

/** The row's fields that have a value, as label and value; fieldsShown lists [name, label, format?]. */
function fieldList(row, fieldsShown) {
  const list = element('dl', undefined, 'registre-fields');
  fieldsShown.filter(([name]) => row[name] !== null && row[name] !== undefined && row[name] !== '')
    .forEach(([name, label, format]) => list.append(element('dt', label),
      element('dd', format ? format(row[name]) : String(row[name]))));
  return list;
}

function statusLine(row) {
  const line = element('p', `Statut : ${statusText(row)}`, 'registre-status');
  if (row.overdue) {
    line.append(' ', element('span', 'En retard', 'registre-late'));
  }
  return line;
}

/**
 * The "Suivi" column: one line per entry, dd/MM/yyyy (author) : text, with the time when the entry was written on
 * its day; an entry of an imported sheet was written on its own day, before it reached the register.
 */
function followUpLog(entries) {
  if (entries.length === 0) {
    return element('p', 'Aucune entrée de suivi.');
  }
  const list = element('ol', undefined, 'registre-log');
  entries.forEach(entry => {
    const item = element('li');
    const writtenOnItsDay = entry.recordedAt && entry.recordedAt.slice(0, 10) === entry.entryDate;
    item.append(element('span', writtenOnItsDay ? frenchDateTime(entry.recordedAt) : frenchDate(entry.entryDate),
      'registre-when'), ` (${entry.author}) : `, element('span', entry.text, 'registre-text'));
    list.append(item);
  });
  return list;
}

/** yyyy-MM-dd → dd/MM/yyyy */
function frenchDate(isoDate) {
  return isoDate ? isoDate.slice(0, 10).split('-').reverse().join('/') : '';
}

const PARIS_TIME = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'Europe/Paris', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit'
});

/** A time of the API → dd/MM/yyyy HH:mm in Paris: a local time (Paris already) as it is, an instant converted. */
function frenchDateTime(value) {
  if (!value) {
    return '';
  }
  if (/[zZ]|[+-]\d\d:?\d\d$/.test(value)) {
    return PARIS_TIME.format(new Date(value)).replace(',', '');
  }
  return `${frenchDate(value)} ${value.slice(11, 16)}`;
}

/** Today in Paris, yyyy-MM-dd. */
function parisToday() {
  return new Intl.DateTimeFormat('fr-CA', { timeZone: 'Europe/Paris' }).format(new Date());
}

function daysFromToday(isoDate) {
  const [year, month, day] = isoDate.split('-').map(Number);
  const [ty, tm, td] = parisToday().split('-').map(Number);
  return Math.round((Date.UTC(year, month - 1, day) - Date.UTC(ty, tm - 1, td)) / 86400000);
}

function daysLeft(isoDate) {
  const days = daysFromToday(isoDate);
  if (days === 0) {
    return 'échéance aujourd\'hui';
  }
  if (days > 0) {
    return days === 1 ? 'reste 1 jour' : `reste ${days} jours`;
  }
  return days === -1 ? 'dépassée de 1 jour' : `dépassée de ${-days} jours`;
}

/**
 * Previous and next page buttons around the page's position, showing the chosen page (numbered from 0); none for one
 * page. Each page says them in its own words ({previous, next, position(number, total)}) and styles its buttons.
 */
function pager(page, show, { previous, next, position, buttonClass }) {
  if (page.totalPages <= 1) {
    return [];
  }
  const button = (text, disabled, number) => {
    const made = element('button', text, buttonClass);
    made.type = 'button';
    made.disabled = disabled;
    made.onclick = () => show(number);
    return made;
  };
  return [button(previous, page.number === 0, page.number - 1),
    element('span', position(page.number + 1, page.totalPages)),
    button(next, page.number + 1 >= page.totalPages, page.number + 1)];
}

/** The session's CSRF token: the webapps' cookie that holds it belongs to /camunda, out of this page's reach. */
async function csrfToken() {
  const response = await request('/api/session/csrf-token', { headers: { Accept: 'application/json' } });
  const body = response.ok ? await response.json().catch(() => null) : null;
  return body ? body.token : '';
}

function sendToLogin() {
  localStorage.setItem(RETURN_TO, location.pathname + location.search + location.hash);
  location.assign(TASKLIST);
}

/** Calls the domain API as the logged-in user; a user not logged in goes to the Tasklist login and comes back. */
/** fetch, whose own failure (server down, connection cut) says so in French rather than the browser's English. */
function request(path, options) {
  return fetch(path, { credentials: 'same-origin', ...options }).catch(() => {
    throw new Error('Le serveur ne répond pas : vérifiez la connexion, puis réessayez.');
  });
}

async function api(path, options = {}) {
  const headers = { Accept: 'application/json', ...(options.headers || {}) };
  if (options.method && options.method !== 'GET') {
    headers['X-XSRF-TOKEN'] = await csrfToken();
  }
  const response = await request(path, { ...options, headers });
  if (response.status === 401) {
    sendToLogin();
    throw new Error('Votre session a pris fin : reconnectez-vous.');
  }
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const messages = ((body && body.errors) || []).map(error => error.message).filter(Boolean);
    throw new Error(messages.join(' ') || `La demande n'a pas abouti (erreur ${response.status}).`);
  }
  return body;
}

async function currentUser() {
  const response = await request(APP_USER, { headers: { Accept: 'application/json' } });
  const user = response.ok ? await response.json().catch(() => null) : null;
  if (!user || !user.userId) {
    sendToLogin();
    return new Promise(() => {});
  }
  return user;
}

/** Who reads the audit indicators: the groups the domain API lets in (administrators too). */
const INDICATOR_READERS = ['qualite', 'direction', 'auditeurs', 'camunda-admin'];
const INDICATORS_PAGE = '/registre/indicateurs.html';

/** The page's header: the register, the indicators (for whom may read them), Tasklist and Cockpit (when the user may open it), and who is logged in. */
async function header() {
  const user = await currentUser();
  const bar = element('header', undefined, 'registre-header');
  const title = link('Registre des réclamations', '/registre/');
  title.className = 'registre-title';
  const apps = element('nav');
  if ((await userGroups(user.userId)).some(group => INDICATOR_READERS.includes(group))) {
    apps.append(link('Indicateurs', INDICATORS_PAGE));
  }
  apps.append(link('Tasklist', TASKLIST));
  if ((user.authorizedApps || []).includes('cockpit')) {
    apps.append(link('Cockpit', COCKPIT));
  }
  bar.append(title, apps, element('span', `Connecté : ${user.userId}`, 'registre-user'));
  document.body.prepend(bar);
  return user;
}

function showError(place, error) {
  place.replaceChildren(element('p', error.message, 'registre-error'));
}

/** A form that sends to the API, says what went wrong in French, and calls done with the API's answer once sent. */
function form(submitLabel, controls, send, done) {
  const sent = element('form', undefined, 'registre-form');
  const message = element('p', undefined, 'registre-error');
  message.setAttribute('aria-live', 'polite');
  const button = element('button', submitLabel);
  button.type = 'submit';
  sent.append(...controls, button, message);
  sent.addEventListener('submit', async event => {
    event.preventDefault();
    button.disabled = true;
    message.textContent = '';
    try {
      await done(await send(new FormData(sent)));
    } catch (error) {
      message.textContent = error.message;
      button.disabled = false;
    }
  });
  return sent;
}

function labelled(text, control) {
  const label = element('label', text);
  label.append(control);
  return label;
}

function input(tag, name, attributes = {}) {
  const control = element(tag);
  control.name = name;
  Object.entries(attributes).forEach(([key, value]) => control.setAttribute(key, value));
  return control;
}

/** Options as [value, text] pairs. */
function options(select, entries) {
  select.replaceChildren(...entries.map(([value, text]) => {
    const option = element('option', text);
    option.value = value;
    return option;
  }));
  return select;
}

/** A list of choices, given as {value: text}. */
function choice(name, choices) {
  return options(input('select', name), Object.entries(choices));
}

const postJson = (path, body, method = 'POST') =>
  api(path, { method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

async function userGroups(userId) {
  const groups = await request(`${ENGINE}identity/groups?userId=${encodeURIComponent(userId)}`,
    { headers: { Accept: 'application/json' } }).then(answer => answer.ok ? answer.json() : {});
  return (groups.groups || []).map(group => group.id);
}

/** The browser's own file button speaks the browser's language: this one speaks French. */
function filePicker(text, name) {
  const control = input('input', name, { type: 'file' });
  const chosen = element('span', 'Aucun fichier choisi', 'registre-file-name');
  control.addEventListener('change', () => {
    chosen.textContent = control.files.length > 0 ? control.files[0].name : 'Aucun fichier choisi';
  });
  const button = element('label', undefined, 'registre-file');
  button.append(control, element('span', 'Choisir un fichier', 'registre-file-button'));
  const row = element('span', undefined, 'registre-file-row');
  row.append(button, chosen);
  const field = element('div', undefined, 'registre-file-field');
  field.append(element('span', text), row);
  return field;
}

/** A part shown only when it applies: the forms only to whom may use them (the auditors read only). */
const when = (applies, makePart) => applies ? [makePart()] : [];

/** The row's tasks open now that the user may see, each a link to it in Tasklist. */
function openTaskList(openTasks) {
  if (openTasks.length === 0) {
    return element('p', 'Aucune tâche ouverte que vous puissiez voir.');
  }
  const list = element('ul');
  openTasks.forEach(task => {
    const item = element('li');
    item.append(link(task.name || 'Tâche', `${TASKLIST}#/?task=${encodeURIComponent(task.id)}`),
      task.assignee ? ` – prise en charge par ${task.assignee}` : ' – pas encore prise en charge',
      task.due ? ` – échéance le ${frenchDateTime(task.due)}` : '');
    list.append(item);
  });
  return list;
}

/** Who opens a row's history in Cockpit: those the webapps let into Cockpit, the same as read the indicators. */
const HISTORY_READERS = INDICATOR_READERS;

/** The link to the row's history in Cockpit (path taken, who did what, deadlines met), for whom may open it. */
function historyLink(row, groups) {
  return when(row.processInstanceId && groups.some(group => HISTORY_READERS.includes(group)), () => {
    const line = element('p', undefined, 'registre-history-link');
    line.append(link('Voir l\'historique du traitement dans Cockpit',
      `${COCKPIT}#/process-instance/${encodeURIComponent(row.processInstanceId)}/history`));
    return line;
  });
}

/** An open row that no process moves on: one imported from a tracking sheet, until someone takes it up. */
const withoutProcess = row => !row.processInstanceId;

/** Starts the row's process at the step where it stands (POST {row}/take-up), then shows the row again. */
function takeUpSection(rowPath, done) {
  return section('Reprendre le traitement',
    element('p', 'Cette ligne vient d\'un tableau de suivi importé : aucun processus ne la suit encore. '
      + 'Reprenez son traitement pour que sa prochaine étape arrive dans Tasklist, avec ses échéances et ses rappels.'),
    form('Reprendre le traitement', [], () => api(`${rowPath}/take-up`, { method: 'POST' }), done));
}

/** The groups that decide corrective actions and link rows to them: those the domain API lets do it. */
const DECIDING_GROUPS = ['qualite', 'direction'];
const decides = groups => groups.some(group => DECIDING_GROUPS.includes(group));
const ACTIONS = '/api/actions';

/** Who may be put in charge of an action of the agency, as [id, name] choices after an empty first one. */
async function peopleInCharge(agency) {
  const people = await api(`${ACTIONS}/people-in-charge?agency=${encodeURIComponent(agency)}`);
  return [['', 'Choisissez la personne chargée de l\'action'], ...people.map(person => [person.id, person.name])];
}

/** A date typed as in Tasklist's forms, JJ/MM/AAAA → yyyy-MM-dd for the API; nothing typed → null. */
function isoDate(typed, label) {
  const text = String(typed || '').trim();
  if (!text) {
    return null;
  }
  const parts = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  const [day, month, year] = parts ? parts.slice(1).map(Number) : [];
  const date = parts && new Date(Date.UTC(year, month - 1, day));
  if (!date || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    throw new Error(`${label} « ${text} » n'est pas une date : saisissez-la au format JJ/MM/AAAA, par exemple 31/12/2026.`);
  }
  return date.toISOString().slice(0, 10);
}

const dateInput = name => input('input', name, { type: 'text', placeholder: 'JJ/MM/AAAA', size: 10, inputmode: 'numeric' });

/** What deciding an action asks for: what to do, who (a choice among personChoice's options), by when, checked when. */
function decisionControls(personChoice) {
  return [labelled('Action à mener', input('textarea', 'subject', { rows: 3, maxlength: 2000 })),
    labelled('Personne chargée de l\'action', personChoice),
    labelled('Date d\'échéance', dateInput('dueDate')),
    labelled('Date de vérification de l\'efficacité (facultative : par défaut, un mois après l\'échéance)',
      dateInput('checkDate'))];
}

/** Records the decided action of the agency, answering the given rows (none when decided by hand). */
function decideAction(data, agency, sources) {
  return postJson(ACTIONS, {
    subject: data.get('subject'), personInCharge: data.get('personInCharge'),
    dueDate: isoDate(data.get('dueDate'), 'La date d\'échéance'),
    checkDate: isoDate(data.get('checkDate'), 'La date de vérification'), agency, sources
  });
}

const linkToAction = (action, orderNumber) =>
  postJson(`${ACTIONS}/${encodeURIComponent(action)}/links`, { orderNumber });
