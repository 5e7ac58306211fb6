// Registre des réclamations: the "Registre" link in Cockpit's header (shared with Tasklist: /registre/entete.js).
const script = document.createElement('script');
script.src = '/registre/entete.js';
document.head.append(script);

