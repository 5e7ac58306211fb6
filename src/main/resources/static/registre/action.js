// Registre des réclamations: one corrective action's page (a PA row). Its process moves it in Tasklist; the quality
// manager and the direction may link one more register row to it here while it is not closed, and take up an
// imported open one.
const ORDER_NUMBER = new URLSearchParams(location.search).get('n') || '';
const ACTION = `${ACTIONS}/${encodeURIComponent(ORDER_NUMBER)}`;
const FIELDS = [
  ['orderNumber', 'Numéro d\'ordre'], ['origin', 'Origine'], ['agency', 'Agence'],
  ['decisionDate', 'Date de décision', frenchDate], ['decidedBy', 'Décidée par'], ['subject', 'Action corrective'],
  ['personInCharge', 'Personne chargée de l\'action'], ['dueDate', 'Date d\'échéance', frenchDate],
  ['checkDate', 'Vérification de l\'efficacité le', frenchDate], ['closureDate', 'Date de clôture', frenchDate]
];

function deadlines(action) {
  const list = element('ul', undefined, 'registre-deadlines');
  const due = element('li', `Mise en œuvre : au plus tard le ${frenchDate(action.dueDate)}`);
  if (['DECIDED', 'IN_PROGRESS'].includes(action.status)) {
    due.append(' – ', element('strong', daysLeft(action.dueDate),
      daysFromToday(action.dueDate) < 0 ? 'registre-late-text' : ''));
  }
  const check = element('li', `Vérification de l'efficacité : le ${frenchDate(action.checkDate)}`);
  check.append(action.closureDate ? ` – clôturée le ${frenchDate(action.closureDate)}` : '');
  list.append(due, check);
  return list;
}

function sourceList(sources) {
  if (sources.length === 0) {
    return element('p', 'Décidée sans réclamation à l\'origine.');
  }
  return linkList(element('p'), sources, complaintLink);
}

function linkForm(action) {
  return form('Rattacher la ligne', [labelled('Numéro d\'ordre de la réclamation ou de l\'avis à rattacher',
    input('input', 'orderNumber', { size: 14, placeholder: 'par exemple 26.1601.001' }))],
  data => linkToAction(action.orderNumber, data.get('orderNumber')), showAction);
}

let groups;

async function showAction() {
  const place = document.getElementById('action');
  try {
    const [action, openTasks] = await Promise.all([api(ACTION), api(`${ACTION}/tasks`)]);
    const open = action.status !== 'CLOSED';
    document.getElementById('title').textContent = `Action corrective ${action.orderNumber}`;
    document.title = `Action corrective ${action.orderNumber} – Registre des réclamations`;
    place.replaceChildren(statusLine(action), ...historyLink(action, groups), section('Échéances', deadlines(action)),
      ...when(decides(groups) && open && withoutProcess(action), () => takeUpSection(ACTION, showAction)),
      section('Tâche en cours', openTaskList(openTasks)),
      section('Fiche', fieldList(action, FIELDS)), section('Réclamations à l\'origine', sourceList(action.sources)),
      ...when(decides(groups) && open, () => section('Rattacher une ligne du registre', linkForm(action))),
      section('Suivi', followUpLog(action.followUps)));
  } catch (error) {
    showError(place, error);
  }
}

header().then(async current => {
  groups = await userGroups(current.userId);
  return showAction();
});
