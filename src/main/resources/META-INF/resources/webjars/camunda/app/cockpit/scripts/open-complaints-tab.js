// Registre des réclamations: a tab of the complaint process that lists its open complaints from the
// register (GET /api/register, read as the logged-in user), so that the quality manager sees number,
// client, status and due dates without opening instances one by one. Client text is set as text only.
const PAGE_SIZE = 200;
const STATUS = {
  AWAITING_ACKNOWLEDGEMENT: 'En attente d\'accusé de réception',
  IN_PROGRESS: 'En cours d\'instruction',
  AWAITING_SIGNATURE: 'En attente de signature'
};
const COLUMNS = ['N° d\'ordre', 'Agence', 'Client', 'Objet', 'Statut', 'Accusé de réception avant le', 'Réponse avant le'];

const frenchDate = isoDate => isoDate ? isoDate.split('-').reverse().join('/') : '';

function element(tag, text, className) {
  const created = document.createElement(tag);
  if (text !== undefined) {
    created.textContent = text;
  }
  if (className) {
    created.className = className;
  }
  return created;
}

async function openComplaints(api) {
  const complaints = [];
  for (let page = 0, pages = 1; page < pages; page++) {
    // Complaints only: an open review (QS, to examine) has no deadline and belongs to another process.
    const query = new URLSearchParams({ origin: 'FS', status: 'open', page, size: PAGE_SIZE });
    const answer = await fetch(`/api/register?${query}`,
      { credentials: 'same-origin', headers: { Accept: 'application/json', 'X-XSRF-TOKEN': api.CSRFToken } });
    const body = await answer.json().catch(() => ({}));
    if (!answer.ok) {
      throw new Error((body.errors || []).map(error => error.message).join(' ')
        || `Le registre n'a pas pu être lu (erreur ${answer.status}).`);
    }
    complaints.push(...body.content);
    pages = body.page.totalPages;
  }
  return complaints.sort((a, b) => (a.answerDueDate || '').localeCompare(b.answerDueDate || ''));
}

function orderNumberCell(complaint) {
  const cell = element('td');
  if (complaint.processInstanceId) {
    const link = element('a', complaint.orderNumber);
    link.href = `#/process-instance/${encodeURIComponent(complaint.processInstanceId)}/runtime`;
    cell.append(link);
  } else {
    cell.textContent = complaint.orderNumber;
  }
  return cell;
}

function row(complaint) {
  const line = element('tr', undefined, complaint.overdue ? 'registre-overdue' : '');
  const status = element('td', STATUS[complaint.status] || complaint.status);
  if (complaint.overdue) {
    status.append(' ', element('span', 'En retard', 'label label-danger'));
  }
  line.append(orderNumberCell(complaint), element('td', complaint.agency), element('td', complaint.clientName),
    element('td', complaint.subject), status,
    element('td', complaint.acknowledgementDate
      ? `fait le ${frenchDate(complaint.acknowledgementDate)}` : frenchDate(complaint.acknowledgementDueDate)),
    element('td', frenchDate(complaint.answerDueDate)));
  return line;
}

function table(complaints) {
  const list = element('table', undefined, 'table table-striped registre-open-complaints');
  const header = element('tr');
  COLUMNS.forEach(column => header.append(element('th', column)));
  const body = element('tbody');
  complaints.forEach(complaint => body.append(row(complaint)));
  list.append(element('thead'), body);
  list.tHead.append(header);
  return list;
}

function summary(complaints) {
  const overdue = complaints.filter(complaint => complaint.overdue).length;
  const count = complaints.length === 1 ? '1 réclamation ouverte' : `${complaints.length} réclamations ouvertes`;
  return element('p', overdue ? `${count}, dont ${overdue} en retard.` : `${count}.`);
}

export default {
  id: 'registre-open-complaints',
  pluginPoint: 'cockpit.processDefinition.runtime.tab',
  priority: 9,
  label: 'Réclamations ouvertes',
  render: (node, { api, processDefinitionId }) => {
    if (!processDefinitionId.startsWith('complaint:')) {
      node.replaceChildren(element('p', 'Ce processus n\'a pas de réclamations au registre.'));
      return;
    }
    node.replaceChildren(element('p', 'Lecture du registre…'));
    openComplaints(api).then(
      complaints => node.replaceChildren(summary(complaints), ...(complaints.length ? [table(complaints)] : [])),
      failure => node.replaceChildren(element('p', failure.message, 'text-danger')));
  }
};
