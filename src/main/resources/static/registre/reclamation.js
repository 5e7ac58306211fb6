// Registre des réclamations: one complaint's page, with the forms the user's groups may use.
const ORDER_NUMBER = new URLSearchParams(location.search).get('n') || '';
const COMPLAINT = `/api/complaints/${encodeURIComponent(ORDER_NUMBER)}`;
const CHANNELS = { presentiel: 'En personne', courrier: 'Courrier', email: 'E-mail', telephone: 'Téléphone',
  formulaire: 'Formulaire' };
const OUTCOMES = { ACCEPTED: 'Acceptée', PARTIALLY_REJECTED: 'Partiellement rejetée', REJECTED: 'Rejetée' };
/** The fields a handler may correct (the reception date, the agency and the order number may not). */
const CORRECTABLE = {
  clientName: 'NOM Prénom Emetteur', subject: 'Objet', productOrService: 'Contrat, produit ou service',
  productCategory: 'Catégorie', otherParties: 'Autres parties', targetedPersons: 'Personnes visées',
  clientEmail: 'Adresse e-mail', clientAddress: 'Adresse postale', documentNumber: 'Justificatif n°'
};
const FIELDS = [
  ['orderNumber', 'Numéro d\'ordre'], ['origin', 'Origine'], ['agency', 'Agence'],
  ['receptionDate', 'Date de réception', frenchDate], ['clientName', CORRECTABLE.clientName],
  ['subject', CORRECTABLE.subject], ['productOrService', CORRECTABLE.productOrService],
  ['productCategory', CORRECTABLE.productCategory], ['otherParties', CORRECTABLE.otherParties],
  ['targetedPersons', CORRECTABLE.targetedPersons], ['channel', 'Canal', code => CHANNELS[code] || code],
  ['clientEmail', CORRECTABLE.clientEmail], ['clientAddress', CORRECTABLE.clientAddress],
  ['documentNumber', CORRECTABLE.documentNumber],
  ['answeredAtOnce', 'Répondue sur-le-champ', yes => yes ? 'oui' : 'non'],
  ['recordedBy', 'Enregistrée par'], ['handler', 'Personne chargée du dossier'],
  ['acknowledgementDate', 'Date d\'accusé de réception', frenchDate], ['answerDate', 'Date de réponse', frenchDate],
  ['closureDate', 'Date de clôture', frenchDate], ['outcome', 'Issue', code => OUTCOMES[code] || code],
  ['answerText', 'Réponse'], ['recourseOptions', 'Voies de recours'], ['commercialGesture', 'Geste commercial'],
  ['commercialGestureAmount', 'Montant du geste commercial', amount => `${Number(amount).toLocaleString('fr-FR')} €`],
  ['dysfunctions', 'Dysfonctionnements identifiés'], ['signedBy', 'Signée par'],
  ['signatureDate', 'Date de signature', frenchDate]
];
/** A review's own fields (QS rows), shown after the others. */
const REVIEW_FIELDS = [
  ['rating', 'Note', rating => `${rating} sur 5`], ['platform', 'Plateforme'],
  ['markedNegative', 'Marqué négatif à la main', yes => yes ? 'oui' : 'non']
];
const WITHDRAWAL_KINDS = { WITHDRAWN_BY_CLIENT: 'Retirée par le client', DUPLICATE: 'Enregistrée en double',
  NO_FOLLOW_UP: 'Classée sans suite' };
/** The groups that handle complaints (correct, withdraw), and those that write to the register at all (the auditors read only). */
const HANDLING_GROUPS = ['gestionnaires', 'signataires', 'direction', 'camunda-admin'];
const WRITING_GROUPS = [...HANDLING_GROUPS, 'accueil', 'qualite'];
/** Who takes up an imported open row, as the domain API lets them: a complaint's handlers and the quality manager; a review's quality manager. */
const TAKING_UP_COMPLAINTS = [...HANDLING_GROUPS, 'qualite'];
const TAKING_UP_REVIEWS = ['qualite', 'camunda-admin'];

const isReview = complaint => complaint.origin === 'QS';

/** A review shows its own fields, and no "answered at once", which a review never is. */
function fieldsOf(complaint) {
  return isReview(complaint) ? [...FIELDS.filter(([name]) => name !== 'answeredAtOnce'), ...REVIEW_FIELDS] : FIELDS;
}

function deadline(label, due, done) {
  const item = element('li', `${label} : au plus tard le ${frenchDate(due)}`);
  item.append(done ? ` – fait le ${frenchDate(done)}` : '');
  return item;
}

function deadlines(complaint) {
  const list = element('ul', undefined, 'registre-deadlines');
  const open = OPEN_STATUSES.includes(complaint.status);
  [['Accusé de réception', complaint.acknowledgementDueDate, complaint.acknowledgementDate],
    ['Réponse', complaint.answerDueDate, complaint.answerDate]].filter(([, due]) => due).forEach(([label, due, done]) => {
    const item = deadline(label, due, done);
    if (open && !done) {
      item.append(' – ', element('strong', daysLeft(due), daysFromToday(due) < 0 ? 'registre-late-text' : ''));
    }
    list.append(item);
  });
  return list;
}

/** A review's reply on its platform, as typed. */
function publicReply(reply) {
  if (!reply) {
    return element('p', 'Aucune réponse publique enregistrée.');
  }
  const list = element('dl', undefined, 'registre-fields');
  list.append(element('dt', 'Texte'), element('dd', reply.text), element('dt', 'Date'), element('dd', frenchDate(reply.date)));
  if (reply.author) {
    list.append(element('dt', 'Signataire'), element('dd', reply.author));
  }
  return list;
}

/** The corrective actions the complaint is a source of, each a link to its page. */
function actionList(actions) {
  if (actions.length === 0) {
    return element('p', 'Aucune action corrective.');
  }
  const list = element('ul');
  actions.forEach(action => {
    const item = element('li');
    item.append(actionLink(action.orderNumber), ` : ${action.subject} (${ACTION_STATUS[action.status] || action.status})`);
    list.append(item);
  });
  return list;
}

function noteForm() {
  return form('Ajouter la note', [labelled('Note de suivi', input('textarea', 'text', { rows: 3, maxlength: 4000 }))],
    data => postJson(`${COMPLAINT}/follow-ups`, { text: data.get('text') }), showComplaint);
}

/** A field as the page names it: the corrections' trace reads like the fields above it. */
function labelOf(field) {
  const known = FIELDS.find(([key]) => key === field);
  return known ? known[1] : field;
}

function shownValue(field, value) {
  const known = FIELDS.find(([key]) => key === field);
  return value == null ? '' : known && known[2] ? known[2](value) : value;
}

function correctionTrace(corrections) {
  const trace = corrections.length === 0 ? element('p', 'Aucune correction.') : element('ul');
  corrections.forEach(change => trace.append(element('li',
    `${frenchDateTime(change.at)} (${change.by}) : ${labelOf(change.field)} – `
    + `« ${shownValue(change.field, change.from)} » remplacé par « ${shownValue(change.field, change.to)} »`)));
  return trace;
}

/** The chosen field's recorded value, ready to be corrected where it is wrong. */
function correctionForm(complaint) {
  const field = choice('field', CORRECTABLE);
  const value = input('textarea', 'value', { rows: 2 });
  const showRecorded = () => { value.value = complaint[field.value] ?? ''; };
  field.addEventListener('change', showRecorded);
  showRecorded();
  return form('Corriger', [labelled('Champ', field), labelled('Nouvelle valeur', value)],
    data => postJson(COMPLAINT, { [data.get('field')]: data.get('value') }, 'PATCH'), showComplaint);
}

function withdrawalShown(withdrawal) {
  const list = element('dl', undefined, 'registre-fields');
  list.append(element('dt', 'Motif'), element('dd', WITHDRAWAL_KINDS[withdrawal.kind] || withdrawal.kind),
    element('dt', 'Raison'), element('dd', withdrawal.reason),
    element('dt', 'Retirée le'), element('dd', `${frenchDateTime(withdrawal.at)} par ${withdrawal.by}`));
  if (withdrawal.replacedBy) {
    const replacement = element('dd');
    replacement.append(complaintLink(withdrawal.replacedBy));
    list.append(element('dt', 'Remplacée par'), replacement);
  }
  return section('Retrait de la réclamation', list);
}

function replacesShown(orderNumbers) {
  const line = element('p', 'Enregistrée à la place de : ');
  return linkList(line, orderNumbers, complaintLink);
}

function withdrawalForm() {
  return section('Retirer la réclamation', form('Retirer la réclamation', [
    labelled('Motif du retrait', choice('kind', WITHDRAWAL_KINDS)),
    labelled('Raison', input('textarea', 'reason', { rows: 2 })),
    labelled('Numéro d\'ordre de la réclamation qui la remplace (si enregistrée en double)', input('input', 'replacedBy'))
  ], data => postJson(`${COMPLAINT}/withdrawal`, {
    kind: data.get('kind'), reason: data.get('reason'), ...(data.get('replacedBy') ? { replacedBy: data.get('replacedBy') } : {})
  }), showComplaint));
}

function fileSize(bytes) {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} Ko`
    : `${(bytes / 1024 / 1024).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} Mo`;
}

function documentList(documents) {
  const list = documents.length === 0 ? element('p', 'Aucun document.') : element('ul');
  documents.forEach(document => {
    const item = element('li');
    item.append(link(document.fileName, `${COMPLAINT}/documents/${encodeURIComponent(document.id)}`),
      ` – ${fileSize(document.size)}, ajouté le ${frenchDateTime(document.uploadedAt)} par ${document.uploadedBy}`);
    list.append(item);
  });
  return list;
}

/** What became of a letter, in the client's words; dates from the letter itself. */
const LETTER_DELIVERIES = {
  TO_PRINT: letter => (letter.kind === 'RECEIPT' ? 'à remettre au client ou à envoyer' : 'à imprimer et envoyer'),
  POSTED: letter => `posté le ${frenchDateTime(letter.postedAt)} par ${letter.postedBy}`,
  TO_MAIL: () => 'courriel en attente d\'envoi',
  MAILED: letter => `envoyé par courriel le ${frenchDateTime(letter.mailedAt)} à ${letter.sentTo}`,
  MAIL_FAILED: () => 'courrier non envoyé : le courriel est refusé ou le serveur de messagerie ne répond pas '
    + '(à relancer depuis Cockpit, ou à imprimer et envoyer)',
  MAIL_LOGGED: () => 'courriel non envoyé (aucun serveur de messagerie configuré) : à imprimer et envoyer'
};
/** The letters someone still prints and posts: a handler then marks them posted. */
const LETTERS_TO_POST = ['TO_PRINT', 'MAIL_LOGGED', 'MAIL_FAILED'];

function letterList(letters, handles) {
  const list = letters.length === 0 ? element('p', 'Aucun courrier.') : element('ul');
  letters.forEach(letter => {
    const item = element('li');
    const path = `${COMPLAINT}/letters/${encodeURIComponent(letter.id)}`;
    item.append(link(`${LETTER_KINDS[letter.kind]} (PDF)`, path),
      ` – émis le ${frenchDateTime(letter.issuedAt)} par ${letter.issuedBy}, ${LETTER_DELIVERIES[letter.delivery](letter)}`);
    if (handles && LETTERS_TO_POST.includes(letter.delivery)) {
      item.append(form('Marquer comme posté', [], () => api(`${path}/posted`, { method: 'POST' }), showComplaint));
    }
    list.append(item);
  });
  return list;
}

function uploadForm() {
  return form('Joindre le document', [filePicker('Document (PDF, image, bureautique)', 'file')],
    data => api(`${COMPLAINT}/documents`, { method: 'POST', body: data }), showComplaint);
}

/** The agency's open actions this row is not linked to yet, as choices: number — subject. */
async function actionChoices(complaint) {
  const query = new URLSearchParams({ origin: ACTION_ORIGIN, status: 'open', agency: complaint.agency, size: 200 });
  const [people, open] = await Promise.all([peopleInCharge(complaint.agency), api(`/api/register?${query}`)]);
  const linked = complaint.actions.map(action => action.orderNumber);
  const openActions = open.content.filter(row => !linked.includes(row.orderNumber))
    .map(row => [row.orderNumber, `${row.orderNumber} — ${row.subject}`]);
  return { people, openActions };
}

function decisionForm(complaint, people) {
  return [element('h3', 'Décider une action corrective'),
    form('Décider l\'action', decisionControls(options(input('select', 'personInCharge'), people)),
      data => decideAction(data, complaint.agency, [complaint.orderNumber]), showComplaint)];
}

function linkForm(complaint, openActions) {
  const title = element('h3', 'Rattacher à une action corrective en cours');
  if (openActions.length === 0) {
    return [title, element('p', `Aucune autre action corrective en cours dans l'agence ${complaint.agency}.`)];
  }
  return [title, form('Rattacher à l\'action', [labelled('Action corrective en cours',
    options(input('select', 'action'), openActions))],
  data => linkToAction(data.get('action'), complaint.orderNumber), showComplaint)];
}

let groups;

/** The complaint's parts, each with the form that changes it when the user may use it. */
function parts(complaint, openTasks, choices) {
  const writes = groups.some(group => WRITING_GROUPS.includes(group));
  const handles = groups.some(group => HANDLING_GROUPS.includes(group));
  // A review owes no answer: nothing to withdraw (the domain API refuses it).
  const mayWithdraw = handles && !isReview(complaint) && OPEN_STATUSES.includes(complaint.status);
  const mayTakeUp = OPEN_STATUSES.includes(complaint.status) && withoutProcess(complaint)
    && groups.some(group => (isReview(complaint) ? TAKING_UP_REVIEWS : TAKING_UP_COMPLAINTS).includes(group));
  return [statusLine(complaint), ...historyLink(complaint, groups),
    ...when(complaint.replaces.length > 0, () => replacesShown(complaint.replaces)),
    ...when(complaint.withdrawal, () => withdrawalShown(complaint.withdrawal)),
    ...when(complaint.acknowledgementDueDate || complaint.answerDueDate, () => section('Échéances', deadlines(complaint))),
    ...when(mayTakeUp, () => takeUpSection(COMPLAINT, showComplaint)),
    section('Tâche en cours', openTaskList(openTasks)),
    section('Fiche', fieldList(complaint, fieldsOf(complaint))),
    ...when(isReview(complaint), () => section('Réponse publique', publicReply(complaint.publicReply))),
    section('Actions correctives', actionList(complaint.actions),
      ...(choices ? [...decisionForm(complaint, choices.people), ...linkForm(complaint, choices.openActions)] : [])),
    section('Suivi', followUpLog(complaint.followUps), ...when(writes, noteForm)),
    section('Documents', documentList(complaint.documents), ...when(writes, uploadForm)),
    section('Courriers au client', letterList(complaint.letters, handles)),
    section('Corrections', correctionTrace(complaint.corrections), ...when(handles, () => correctionForm(complaint))),
    ...when(mayWithdraw, withdrawalForm)];
}

async function showComplaint() {
  const place = document.getElementById('complaint');
  try {
    const [complaint, openTasks] = await Promise.all([api(COMPLAINT), api(`${COMPLAINT}/tasks`)]);
    // The quality manager and the direction decide actions for complaints and reviews, or link them to one.
    const choices = decides(groups) && ['FS', 'QS'].includes(complaint.origin) ? await actionChoices(complaint) : null;
    const kind = isReview(complaint) ? 'Avis' : 'Réclamation';
    document.getElementById('title').textContent = `${kind} ${complaint.orderNumber}`;
    document.title = `${kind} ${complaint.orderNumber} – Registre des réclamations`;
    place.replaceChildren(...parts(complaint, openTasks, choices));
  } catch (error) {
    showError(place, error);
  }
}

header().then(async current => {
  groups = await userGroups(current.userId);
  return showComplaint();
});
