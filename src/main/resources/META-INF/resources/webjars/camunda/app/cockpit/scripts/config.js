// Registre des réclamations: French first, English still offered.
export default {
  locales: {
    availableLocales: ['fr', 'en'],
    fallbackLocale: 'fr'
  },
  // ES modules, loaded by Cockpit before it starts (paths relative to app/cockpit/, without ".js").
  customScripts: [
    'scripts/french-dates',
    'scripts/french-texts',
    'scripts/hide-unusable-actions',
    'scripts/history',
    'scripts/open-complaints-tab',
    'scripts/registre-link'
  ],
  // Cockpit ignores the documented "dateFormat" setting: french-dates sets its date format instead.
  requireJsConfig: {
    ngDeps: ['registre.frenchDates']
  }
};
