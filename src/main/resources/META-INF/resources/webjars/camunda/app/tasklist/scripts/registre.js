// Registre des réclamations: what Tasklist and its forms (form-js) cannot say in French by
// themselves, the buttons a user cannot use, and where a submitted complaint went next.

const ENGINE = document.querySelector('base').getAttribute('engine-api') + 'engine/default/';
const APP_USER = document.querySelector('base').getAttribute('admin-api') + 'auth/user/default';
/** Camunda's resource type number of tasks. */
const TASK_RESOURCE = 7;

// The date picker (AngularJS's) reads months and days from $locale, which Camunda ships in English.
const FRENCH_DATES = {
  MONTH: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre',
    'novembre', 'décembre'],
  SHORTMONTH: ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'],
  DAY: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
  SHORTDAY: ['dim.', 'lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.'],
  FIRSTDAYOFWEEK: 0
};

function whenAngularIsReady(action) {
  const injector = window.angular && window.angular.element(document.body).injector();
  if (injector) {
    action(injector);
  } else {
    setTimeout(() => whenAngularIsReady(action), 100);
  }
}

whenAngularIsReady(injector => {
  Object.assign(injector.get('$locale').DATETIME_FORMATS, FRENCH_DATES);
  // Weeks start on Monday.
  injector.get('uibDatepickerConfig').startingDay = 1;
});

// form-js texts, whole: a date field's pattern gets a message that shows the expected format.
const FORM_TEXTS = [
  [/^Field is required\.$/, () => 'Ce champ est obligatoire.'],
  [/^Field must match pattern .*\\d\{2\}\/\\d\{2\}\/\\d\{4\}.*\.$/, () => 'Saisissez une date au format JJ/MM/AAAA, par exemple 05/03/2026.'],
  [/^Field must match pattern .*\.$/, () => 'La valeur saisie n\'a pas la forme attendue.'],
  [/^Field must have minimum length of (\d+)\.$/, n => `Saisissez au moins ${n} caractères.`],
  [/^Field must have maximum length of (\d+)\.$/, n => `Saisissez au plus ${n} caractères.`],
  [/^Field must have minimum value of (.+)\.$/, n => `La valeur doit être au moins ${n}.`],
  [/^Field must have maximum value of (.+)\.$/, n => `La valeur doit être au plus ${n}.`],
  [/^Field must be a valid email\.$/, () => 'Saisissez une adresse e-mail valide, par exemple nom@exemple.fr.'],
  [/^Field must be a valid {1,2}international phone number\..*$/, () => 'Saisissez un numéro de téléphone international, par exemple +33612345678.'],
  [/^Select$/, () => 'Choisir'],
  [/^Search$/, () => 'Rechercher'],
  [/^No results$/, () => 'Aucun résultat'],
  [/^<none>$/, () => '(aucun)']
];

function frenchText(text) {
  const trimmed = text.trim();
  for (const [english, french] of FORM_TEXTS) {
    const match = trimmed.match(english);
    if (match) {
      return french(...match.slice(1));
    }
  }
  return null;
}

function translateForms(root) {
  if (!(root instanceof Element) || !root.closest('.fjs-container') && !root.querySelector('.fjs-container')) {
    return;
  }
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const french = frenchText(node.nodeValue);
    if (french) {
      node.nodeValue = french;
    }
  }
  root.querySelectorAll('[placeholder]').forEach(field => {
    const french = frenchText(field.getAttribute('placeholder'));
    if (french) {
      field.setAttribute('placeholder', french);
    }
  });
}

// Tasklist prefixes an error of its data layer with the data's name ("<task> <- ", sometimes
// escaped twice) and may repeat it as status and message: the notice shows the server's message once.
const DATA_PREFIX = /^\s*(<|&lt;)\w+(>|&gt;) (<|&lt;)- /;

function cleanNotices(root) {
  if (!(root instanceof Element)) {
    return;
  }
  const alerts = root.matches('.notifications .alert') ? [root] : root.querySelectorAll('.notifications .alert');
  alerts.forEach(alert => {
    const status = alert.querySelector('.status');
    const message = alert.querySelector('.message');
    [status, message].filter(part => part && DATA_PREFIX.test(part.textContent))
      .forEach(part => { part.textContent = part.textContent.replace(DATA_PREFIX, ''); });
    if (status && message && status.textContent.trim() === message.textContent.trim()) {
      const separator = message.previousElementSibling;
      if (separator && separator !== status) {
        separator.style.display = 'none';
      }
      message.style.display = 'none';
    }
  });
}

new MutationObserver(mutations => mutations.forEach(mutation => {
  const changed = mutation.target.nodeType === Node.TEXT_NODE ? mutation.target.parentElement : mutation.target;
  mutation.addedNodes.forEach(translateForms);
  mutation.addedNodes.forEach(cleanNotices);
  translateForms(changed);
  cleanNotices(changed && changed.closest('.notifications .alert'));
})).observe(document.body, {childList: true, subtree: true, characterData: true});

async function getJson(url) {
  const response = await fetch(url, {credentials: 'same-origin', headers: {Accept: 'application/json'}});
  return response.ok ? response.json() : null;
}

// The buttons a user cannot use: hidden by user-styles.css, from these marks on the page,
// set again whenever another user logs in (Tasklist does not reload the page then).
let markedUser = null;

async function markWhatTheUserMayDo() {
  const user = await getJson(APP_USER);
  if (!user || !user.userId || user.userId === markedUser) {
    return;
  }
  markedUser = user.userId;
  const [taskCreation, groups] = await Promise.all([
    getJson(ENGINE + 'authorization/check?permissionName=CREATE&resourceName=task&resourceType=' + TASK_RESOURCE),
    getJson(ENGINE + 'identity/groups?userId=' + encodeURIComponent(user.userId))
  ]);
  const body = document.body.classList;
  body.toggle('registre-no-task-creation', !(taskCreation && taskCreation.authorized));
  body.toggle('registre-no-cockpit', !(user.authorizedApps || []).includes('cockpit'));
  const groupIds = (groups && groups.groups || []).map(group => group.id);
  body.toggle('registre-read-only', groupIds.length > 0 && groupIds.every(id => id === 'auditeurs'));
}

// After a submission, a notice says what became of the complaint.
function escape(text) {
  const span = document.createElement('span');
  span.textContent = text;
  return span.innerHTML;
}

function notify(status, message) {
  const injector = window.angular && window.angular.element(document.body).injector();
  if (injector) {
    injector.get('Notifications').addMessage({status: escape(status), message: escape(message), duration: 10000});
    injector.get('$rootScope').$applyAsync();
  }
}

function waitingSteps(activity) {
  const children = activity.childActivityInstances || [];
  return children.length === 0
    ? [activity.activityName].filter(name => name)
    : children.flatMap(waitingSteps);
}

async function tellWhereTheComplaintWent(processInstanceId) {
  const instance = await getJson(ENGINE + 'history/process-instance/' + processInstanceId);
  if (!instance || !instance.businessKey) {
    return;
  }
  const complaint = `Réclamation ${instance.businessKey}`;
  if (instance.state !== 'ACTIVE') {
    notify(complaint, 'Son traitement est terminé.');
    return;
  }
  const activities = await getJson(ENGINE + 'process-instance/' + processInstanceId + '/activity-instances');
  const steps = [...new Set(activities ? waitingSteps(activities) : [])];
  if (steps.length > 0) {
    notify(complaint, 'Elle est maintenant à l\'étape : ' + steps.map(step => `« ${step} »`).join(', ') + '.');
  }
}

async function afterTaskSubmission(taskId) {
  const tasks = await getJson(ENGINE + 'history/task?taskId=' + encodeURIComponent(taskId));
  if (tasks && tasks.length === 1) {
    await tellWhereTheComplaintWent(tasks[0].processInstanceId);
  }
}

const SUBMITTED_TASK = /\/task\/([^/]+)\/submit-form$/;
const STARTED_INSTANCE = /\/process-definition\/.+\/submit-form$/;
const open = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function (method, url, ...rest) {
  if (method.toUpperCase() === 'POST') {
    this.addEventListener('load', () => {
      if (this.status >= 300) {
        return;
      }
      const task = String(url).match(SUBMITTED_TASK);
      if (task) {
        setTimeout(() => afterTaskSubmission(decodeURIComponent(task[1])), 500);
      } else if (STARTED_INSTANCE.test(String(url))) {
        const instance = JSON.parse(this.responseText || '{}');
        if (instance.businessKey) {
          setTimeout(() => notify(`Réclamation ${instance.businessKey} enregistrée`,
            'Indiquez ce numéro d\'ordre au client.'), 500);
        }
      }
    });
  }
  return open.call(this, method, url, ...rest);
};

// The "Registre" link in the header, shared with Cockpit.
const headerLink = document.createElement('script');
headerLink.src = '/registre/entete.js';
document.head.append(headerLink);

markWhatTheUserMayDo();
window.addEventListener('hashchange', markWhatTheUserMayDo);

// A letter opens in a tab of its own, beside the task: form-js's Markdown links carry no target, and
// the task (its form half filled in) would otherwise be left.
document.addEventListener('click', event => {
  const link = event.target instanceof Element && event.target.closest('.fjs-container a[href*="/letters/"]');
  if (link) {
    link.target = '_blank';
    link.rel = 'noopener';
  }
}, true);
