// Registre des réclamations: Cockpit writes its dates as 2026-11-28T23:58:57 whatever the language;
// this AngularJS module, started with Cockpit (config.js, ngDeps), makes them 28/11/2026 23:58:57.
window.angular.module('registre.frenchDates', []).config(['camDateFormatProvider', dateFormats => {
  dateFormats.setDateFormat('DD/MM/YYYY HH:mm:ss', 'normal');
  dateFormats.setDateFormat('DD/MM/YYYY', 'short');
}]);
