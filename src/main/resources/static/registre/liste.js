// Registre des réclamations: the register list, with the tracking sheet's columns (newest first): complaints (FS),
// questionnaire items (QS) and corrective actions (PA), each with its links to the others.
const PAGE_SIZE = 25;
const COLUMNS = ['Année', 'Date', 'NOM Prénom Emetteur', 'Numéro d\'ordre', 'Origine', 'Objet', 'Justificatif n°',
  'Suivi', 'Personne chargée du dossier', 'Date d\'échéance', 'Date de clôture', 'Statut', 'Liens'];

const filters = document.getElementById('filters');
const state = { mine: false, page: 0 };

function queryOfPage() {
  const query = new URLSearchParams();
  new FormData(filters).forEach((value, name) => {
    if (String(value).trim()) {
      query.set(name, String(value).trim());
    }
  });
  if (state.mine) {
    query.set('mine', 'true');
  }
  query.set('page', state.page);
  query.set('size', PAGE_SIZE);
  return query;
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

function pager(page) {
  const nav = document.getElementById('pager');
  nav.replaceChildren();
  if (page.totalPages <= 1) {
    return;
  }
  const previous = element('button', 'Page précédente');
  previous.type = 'button';
  previous.disabled = page.number === 0;
  previous.onclick = () => show(page.number - 1);
  const next = element('button', 'Page suivante');
  next.type = 'button';
  next.disabled = page.number + 1 >= page.totalPages;
  next.onclick = () => show(page.number + 1);
  nav.append(previous, element('span', `Page ${page.number + 1} sur ${page.totalPages}`), next);
}

async function show(page) {
  state.page = page;
  const rows = document.getElementById('rows');
  const count = document.getElementById('count');
  count.textContent = 'Lecture du registre…';
  try {
    const result = await api(`/api/register?${queryOfPage()}`);
    count.textContent = countText(result.page.totalElements);
    rows.replaceChildren(...(result.content.length ? [table(result.content)] : []));
    pager(result.page);
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
  if (decides(await userGroups(user.userId))) {
    document.getElementById('tools').append(link('Nouvelle action corrective', 'nouvelle-action.html'));
  }
}

header().then(user => {
  selectTab(location.hash === '#mes-dossiers');
  return showTools(user);
});
