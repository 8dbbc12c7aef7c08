// What a chart says while Chart.js downloads, or when it could not (its numbers are in the table beside it).

export const chartFr = {
  'chart.loading': 'Chargement du graphique…',
  'chart.unavailable':
    'Le graphique n’a pas pu être chargé (connexion interrompue ?). Ses chiffres sont dans le tableau ; rechargez la page pour le revoir.',
};

export const chartEn: Record<keyof typeof chartFr, string> = {
  'chart.loading': 'Loading the chart…',
  'chart.unavailable':
    'The chart could not be loaded (connection lost?). Its numbers are in the table; reload the page to see it again.',
};
