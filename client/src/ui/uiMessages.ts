// Interface text of the UI kit's own parts (field errors, requirement marks, character counts, the file
// picker, the error summary, dialogs), in French (the default) and English.

export const uiFr = {
  'ui.field.errorPrefix': 'Erreur :',
  'ui.field.required': '(obligatoire)',
  'ui.field.optional': '(facultatif)',
  'ui.counter.ok.one': '{count} caractère sur {max} au plus.',
  'ui.counter.ok.other': '{count} caractères sur {max} au plus.',
  'ui.counter.short.one': '{count} caractère sur {max} au plus ; {min} au moins.',
  'ui.counter.short.other': '{count} caractères sur {max} au plus ; {min} au moins.',
  'ui.counter.over': '{count} caractères : {excess} de trop (maximum {max}).',
  'ui.errors.one': 'Il y a une erreur dans le formulaire :',
  'ui.errors.many': 'Il y a {count} erreurs dans le formulaire :',
  'ui.errors.detail': 'Code de l’erreur :',
  'ui.upload.choose': 'Choisir un fichier',
  'ui.upload.none': 'Aucun fichier choisi',
  'ui.modal.close': 'Fermer',
  'ui.table.scroll': '{caption} (tableau défilant)',
};

export const uiEn: Record<keyof typeof uiFr, string> = {
  'ui.field.errorPrefix': 'Error:',
  'ui.field.required': '(required)',
  'ui.field.optional': '(optional)',
  'ui.counter.ok.one': '{count} character of {max} at most.',
  'ui.counter.ok.other': '{count} characters of {max} at most.',
  'ui.counter.short.one': '{count} character of {max} at most; {min} at least.',
  'ui.counter.short.other': '{count} characters of {max} at most; {min} at least.',
  'ui.counter.over': '{count} characters: {excess} too many (at most {max}).',
  'ui.errors.one': 'There is one error in the form:',
  'ui.errors.many': 'There are {count} errors in the form:',
  'ui.errors.detail': 'Error code:',
  'ui.upload.choose': 'Choose a file',
  'ui.upload.none': 'No file chosen',
  'ui.modal.close': 'Close',
  'ui.table.scroll': '{caption} (scrollable table)',
};
