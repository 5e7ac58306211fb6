// Registre des réclamations: English that Admin's locale file cannot reach, replaced as soon as it is
// drawn: the engine's permission names in the authorization lists, and the ISO dates of the metrics tables
// (only there: elsewhere a date-like text may be what an administrator typed).
const PERMISSIONS = {
  ALL: 'Toutes', NONE: 'Aucune', ACCESS: 'Accès', READ: 'Lecture', UPDATE: 'Modification',
  CREATE: 'Création', DELETE: 'Suppression', READ_HISTORY: 'Lecture de l\'historique',
  DELETE_HISTORY: 'Suppression de l\'historique', UPDATE_HISTORY: 'Modification de l\'historique',
  CREATE_INSTANCE: 'Création d\'instance', READ_INSTANCE: 'Lecture des instances',
  UPDATE_INSTANCE: 'Modification des instances', DELETE_INSTANCE: 'Suppression des instances',
  MIGRATE_INSTANCE: 'Migration des instances', SUSPEND: 'Suspension', SUSPEND_INSTANCE: 'Suspension des instances',
  READ_TASK: 'Lecture des tâches', UPDATE_TASK: 'Modification des tâches', TASK_WORK: 'Travail sur la tâche',
  TASK_ASSIGN: 'Attribution de la tâche', RETRY_JOB: 'Relance des jobs', SET_JOB_PRIORITY: 'Priorité des jobs',
  READ_VARIABLE: 'Lecture des variables', UPDATE_VARIABLE: 'Modification des variables',
  READ_INSTANCE_VARIABLE: 'Lecture des variables d\'instance',
  UPDATE_INSTANCE_VARIABLE: 'Modification des variables d\'instance',
  READ_TASK_VARIABLE: 'Lecture des variables de tâche', UPDATE_TASK_VARIABLE: 'Modification des variables de tâche',
  READ_HISTORY_VARIABLE: 'Lecture des variables de l\'historique',
  CREATE_BATCH_MIGRATE_PROCESS_INSTANCES: 'Lot : migration d\'instances',
  CREATE_BATCH_MODIFY_PROCESS_INSTANCES: 'Lot : modification d\'instances',
  CREATE_BATCH_RESTART_PROCESS_INSTANCES: 'Lot : redémarrage d\'instances',
  CREATE_BATCH_DELETE_RUNNING_PROCESS_INSTANCES: 'Lot : suppression d\'instances en cours',
  CREATE_BATCH_DELETE_FINISHED_PROCESS_INSTANCES: 'Lot : suppression d\'instances terminées',
  CREATE_BATCH_DELETE_DECISION_INSTANCES: 'Lot : suppression d\'instances de décision',
  CREATE_BATCH_SET_JOB_RETRIES: 'Lot : nombre de tentatives des jobs',
  CREATE_BATCH_SET_REMOVAL_TIME: 'Lot : date de suppression',
  CREATE_BATCH_SET_EXTERNAL_TASK_RETRIES: 'Lot : tentatives des tâches externes',
  CREATE_BATCH_UPDATE_PROCESS_INSTANCES_SUSPEND: 'Lot : suspension d\'instances',
  CREATE_BATCH_SET_VARIABLES: 'Lot : variables',
  READ_HISTORY_CLEANUP_JOB: 'Lecture du nettoyage de l\'historique',
  SET: 'Définition', DELETE_BATCH: 'Suppression de lots'
};
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function permissions(text) {
  const names = text.split(/\s*,\s*/);
  return names.every(name => Object.hasOwn(PERMISSIONS, name)) ? names.map(name => PERMISSIONS[name]).join(', ') : null;
}

function date(text) {
  const parts = text.match(ISO_DATE);
  return parts ? `${parts[3]}/${parts[2]}/${parts[1]}` : null;
}

/** Rewrites the text nodes in place: AngularJS keeps writing to them, and each change is translated again. */
function translateText(element, translation) {
  element.childNodes.forEach(node => {
    const french = node.nodeType === Node.TEXT_NODE ? translation(node.nodeValue.trim()) : null;
    if (french !== null && french !== node.nodeValue) {
      node.nodeValue = french;
    }
  });
}

new MutationObserver(() => {
  document.querySelectorAll('td.permissions').forEach(cell => translateText(cell, permissions));
  document.querySelectorAll('table.metrics-monthly td, table.metrics-annual td').forEach(cell => translateText(cell, date));
}).observe(document.documentElement, { childList: true, subtree: true, characterData: true });
