// Registre des réclamations: English that Cockpit's locale file cannot reach, replaced as soon as it is
// drawn: the decision-table viewer's labels (dmn-js has no translation hook; never a cell the quality
// manager wrote) and the "null" some pages write for an empty field.
const TEXTS = {
  '.hit-policy .dms-label': { 'Hit policy:': 'Politique de résultat :' },
  '.hit-policy-value': {
    'Unique': 'Unique', 'First': 'Première', 'Priority': 'Priorité', 'Any': 'Quelconque',
    'Collect': 'Toutes', 'Collect (Sum)': 'Somme', 'Collect (Min)': 'Minimum', 'Collect (Max)': 'Maximum',
    'Collect (Count)': 'Nombre', 'Rule order': 'Ordre des règles', 'Output order': 'Ordre des résultats'
  },
  '.clause': { 'When': 'Quand', 'And': 'Et', 'Then': 'Alors' },
  '.input-variable, .output-variable': {
    'string': 'texte', 'boolean': 'booléen', 'integer': 'entier', 'long': 'entier long',
    'double': 'décimal', 'date': 'date'
  },
  'th.annotation': { 'Annotations': 'Commentaires' }
};
const TITLES = [
  [/^Decision name: /, 'Nom de la décision : '],
  [/^Input label: /, 'Libellé de l\'entrée : '],
  [/^Input label$/, 'Libellé de l\'entrée'],
  [/^Output label$/, 'Libellé du résultat'],
  [/^Input type$/, 'Type de l\'entrée'],
  [/^Output type$/, 'Type du résultat']
];

/** Rewrites the text nodes in place: the page keeps writing to them, and each change is translated again. */
function translateText(element, french) {
  element.childNodes.forEach(node => {
    const text = node.nodeType === Node.TEXT_NODE ? node.nodeValue.trim() : '';
    if (Object.hasOwn(french, text) && french[text] !== text) {
      node.nodeValue = french[text];
    }
  });
}

function translate(table) {
  Object.entries(TEXTS).forEach(([selector, french]) => table.querySelectorAll(selector)
    .forEach(element => translateText(element, french)));
  table.querySelectorAll('[title]').forEach(element => TITLES.forEach(([english, french]) => {
    element.title = element.title.replace(english, french);
  }));
  table.querySelectorAll('.hit-policy[title]').forEach(element => {
    element.title = '';
  });
}

const EMPTY_FIELD = { 'null': 'non renseigné' };

new MutationObserver(() => {
  document.querySelectorAll('.tjs-container').forEach(translate);
  document.querySelectorAll('.null-value').forEach(element => translateText(element, EMPTY_FIELD));
}).observe(document.documentElement, { childList: true, subtree: true, characterData: true });
