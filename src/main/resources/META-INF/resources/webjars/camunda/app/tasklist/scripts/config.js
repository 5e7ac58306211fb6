// Registre des réclamations: French first, English still offered.
export default {
  // French texts of the forms, buttons by rights, notices after a submission
  customScripts: ['scripts/registre'],
  locales: {
    availableLocales: ['fr', 'en'],
    fallbackLocale: 'fr'
  },
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'prendre en charge la tâche sélectionnée'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'aller au premier filtre de la liste'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'aller à la première tâche de la liste'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'aller au premier champ du formulaire de la tâche'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'ouvrir la fenêtre de démarrage d\'un processus'
    }
  }
};
