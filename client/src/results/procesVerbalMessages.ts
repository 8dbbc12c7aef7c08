// Interface text of the procès-verbal page around the record itself (whose words are in
// shared/audit/procesVerbalText.ts, shared with the PDF), in French and English.

export const procesVerbalFr = {
  'pv.page.download': 'Télécharger le procès-verbal en PDF (A4)',
  'pv.page.notYet':
    'Le procès-verbal est établi à la publication des résultats. Ils ne sont pas encore publiés : revenez après la délibération.',
  'pv.page.scroll': 'Tableau défilant : {caption}',
  'pv.page.signatureLine': 'à compléter à la main',
};

export const procesVerbalEn: Record<keyof typeof procesVerbalFr, string> = {
  'pv.page.download': 'Download the record of proceedings as PDF (A4)',
  'pv.page.notYet':
    'The record of proceedings is drawn up when the results are published. They are not published yet: come back after the deliberation.',
  'pv.page.scroll': 'Scrolling table: {caption}',
  'pv.page.signatureLine': 'to be filled in by hand',
};
