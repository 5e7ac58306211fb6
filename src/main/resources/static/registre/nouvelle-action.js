// Registre des réclamations: a corrective action decided by hand in one of the user's agencies, then shown on its page.
const NO_AGENCY = [['', 'Choisissez d\'abord l\'agence']];

/** The person-in-charge list follows the agency chosen: only its users may be put in charge. */
async function refillPeople(agency, person, message) {
  const chosen = agency.value;
  message.textContent = '';
  try {
    const people = chosen ? await peopleInCharge(chosen) : NO_AGENCY;
    if (agency.value === chosen) {
      options(person, people);
    }
  } catch (error) {
    options(person, NO_AGENCY);
    message.textContent = error.message;
  }
}

function decisionByHand(agencies) {
  const agency = options(input('select', 'agency'), agencies.length === 1 ? [[agencies[0], agencies[0]]]
    : [['', 'Choisissez l\'agence'], ...agencies.map(code => [code, code])]);
  const person = options(input('select', 'personInCharge'), NO_AGENCY);
  const decided = form('Décider l\'action', [labelled('Agence', agency), ...decisionControls(person)],
    data => decideAction(data, data.get('agency'), []),
    action => location.assign(`action.html?n=${encodeURIComponent(action.orderNumber)}`));
  const message = decided.querySelector('.registre-error');
  agency.addEventListener('change', () => refillPeople(agency, person, message));
  refillPeople(agency, person, message);
  return decided;
}

async function showForm() {
  const place = document.getElementById('new-action');
  try {
    place.replaceChildren(decisionByHand(await api(`${ACTIONS}/agencies`)));
  } catch (error) {
    showError(place, error);
  }
}

header().then(showForm);
