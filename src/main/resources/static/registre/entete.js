// Registre des réclamations: loaded by Tasklist and Cockpit. Puts a "Registre" link in their header, and an
// "Indicateurs" one for whom may read the indicators, and after the Tasklist login, sends back to the register
// page that asked for it (see commun.js).
(function () {
  const RETURN_TO = 'registre.retour';
  /** As in commun.js: the groups the domain API lets read the indicators. */
  const INDICATOR_READERS = ['qualite', 'direction', 'auditeurs', 'camunda-admin'];
  let readsIndicators;

  /** Whether the logged-in user may read the indicators, asked once per page. */
  function mayReadIndicators() {
    readsIndicators = readsIndicators || fetch('/camunda/api/admin/auth/user/default', { credentials: 'same-origin' })
      .then(answer => answer.ok ? answer.json() : {})
      .then(user => user.userId ? fetch('/camunda/api/engine/engine/default/identity/groups?userId='
        + encodeURIComponent(user.userId), { credentials: 'same-origin' }) : null)
      .then(answer => answer && answer.ok ? answer.json() : {})
      .then(groups => (groups.groups || []).some(group => INDICATOR_READERS.includes(group.id)))
      .catch(() => false);
    return readsIndicators;
  }

  function menuItem(className, text, href) {
    const item = document.createElement('li');
    item.className = className;
    const link = document.createElement('a');
    link.href = href;
    link.textContent = text;
    item.append(link);
    return item;
  }

  function addLink() {
    const menu = document.querySelector('nav.cam-nav > ul');
    const loggedIn = menu && menu.querySelector('li.account');
    if (!loggedIn) {
      readsIndicators = undefined; // logged out: the next login may be someone else
      return;
    }
    if (menu.querySelector('li.registre-link')) {
      return;
    }
    const registerItem = menuItem('registre-link', 'Registre', '/registre/');
    menu.prepend(registerItem);
    mayReadIndicators().then(reads => {
      if (reads && registerItem.isConnected && !menu.querySelector('li.indicateurs-link')) {
        registerItem.after(menuItem('indicateurs-link', 'Indicateurs', '/registre/indicateurs.html'));
      }
    });
    const back = localStorage.getItem(RETURN_TO);
    if (back && back.startsWith('/registre/')) {
      localStorage.removeItem(RETURN_TO);
      location.assign(back);
    }
  }

  new MutationObserver(addLink).observe(document.body, { childList: true, subtree: true });
  addLink();
})();
