// Registre des réclamations: Cockpit shows every action button to everyone and lets the engine refuse
// it. This asks the engine which changes the logged-in user may make and marks the page for each
// ("registre-may-…" classes on <body>); styles/user-styles.css hides the buttons of unmarked ones.
const CHECKS = [
  { mark: 'registre-may-update-instances', permission: 'UPDATE', resource: 'ProcessInstance', type: 8 },
  { mark: 'registre-may-delete-instances', permission: 'DELETE', resource: 'ProcessInstance', type: 8 },
  { mark: 'registre-may-retry-jobs', permission: 'RETRY_JOB', resource: 'ProcessInstance', type: 8 },
  { mark: 'registre-may-update-definitions', permission: 'UPDATE', resource: 'ProcessDefinition', type: 6 }
];

const base = () => document.querySelector('base');
let markedFor = null;

async function read(url) {
  const answer = await fetch(url, { credentials: 'same-origin' });
  if (!answer.ok) {
    throw new Error(`${url}: ${answer.status}`);
  }
  return answer.json();
}

function authorized(check) {
  const query = new URLSearchParams({ permissionName: check.permission, resourceName: check.resource, resourceType: check.type });
  return read(`${base().getAttribute('engine-api')}engine/default/authorization/check?${query}`)
    .then(answer => answer.authorized);
}

async function markUsableActions() {
  try {
    const user = (await read(`${base().getAttribute('admin-api')}auth/user/default`)).userId;
    if (user !== markedFor) {
      const allowed = await Promise.all(CHECKS.map(authorized));
      CHECKS.forEach((check, i) => document.body.classList.toggle(check.mark, allowed[i]));
      markedFor = user;
    }
  } catch (notLoggedIn) {
    CHECKS.forEach(check => document.body.classList.remove(check.mark));
    markedFor = null;
  }
}

window.addEventListener('hashchange', markUsableActions);
markUsableActions();
