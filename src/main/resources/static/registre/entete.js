// Registre des réclamations: loaded by Tasklist and Cockpit. Puts a "Registre" link in their header
// and, after the Tasklist login, sends back to the register page that asked for it (see commun.js).
(function () {
  const RETURN_TO = 'registre.retour';

  function addLink() {
    const menu = document.querySelector('nav.cam-nav > ul');
    const loggedIn = menu && menu.querySelector('li.account');
    if (!loggedIn || menu.querySelector('li.registre-link')) {
      return;
    }
    const item = document.createElement('li');
    item.className = 'registre-link';
    const link = document.createElement('a');
    link.href = '/registre/';
    link.textContent = 'Registre';
    item.append(link);
    menu.prepend(item);
    const back = localStorage.getItem(RETURN_TO);
    if (back && back.startsWith('/registre/')) {
      localStorage.removeItem(RETURN_TO);
      location.assign(back);
    }
  }

  new MutationObserver(addLink).observe(document.body, { childList: true, subtree: true });
  addLink();
})();
