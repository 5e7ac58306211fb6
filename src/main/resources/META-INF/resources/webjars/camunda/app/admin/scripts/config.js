// Registre des réclamations: French first, English still offered.
export default {
  locales: {
    availableLocales: ['fr', 'en'],
    fallbackLocale: 'fr'
  },
  // ES module loaded by Admin before it starts (path relative to app/admin/, without ".js").
  customScripts: ['scripts/french-texts']
};
