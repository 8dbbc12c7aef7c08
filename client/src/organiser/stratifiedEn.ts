// Interface text of the stratified option of a draw (quotas, lottery, review, commitment), in English.

import type { stratifiedFr } from './stratifiedFr';

export const stratifiedEn: Record<keyof typeof stratifiedFr, string> = {
  'stratified.heading': 'Option: stratified draw with quotas',
  'stratified.intro':
    'Instead of a uniform draw, the jury can be drawn from a list of panels that all meet quotas (gender, age, region…), computed to give every volunteer the fairest achievable chance (LEXIMIN). Import the quotas, compute the lottery, review the probabilities, then choose this mode in the commitment.',
  'stratified.needPool': 'Import the volunteers first: the quotas are over their columns.',
  'stratified.columns': 'Volunteer columns available: {columns}.',
  'stratified.noColumns': 'The volunteers file has no attribute column.',
  'stratified.quotas.heading': 'Quotas',
  'stratified.quotas.file': 'Quotas file (CSV)',
  'stratified.quotas.fileHint':
    'Header “category,feature,min,max” or “feature,value,min,max[,min_flex,max_flex]”; each category is a volunteers column, and every value found in the pool must be listed.',
  'stratified.quotas.needFile': 'Choose the quotas file.',
  'stratified.quotas.submit': 'Import the quotas',
  'stratified.quotas.reimport': 'Replace the quotas',
  'stratified.quotas.imported': 'Quotas imported: {count} rows. Now compute the lottery.',
  'stratified.quotas.error':
    'File {file}, line {line}, field “{field}”: quotas refused (code {code}). Nothing was changed.',
  'stratified.quotas.flexError':
    'File {file}, line {line}, column {column} (“{field}”): {reason} (code {code}). Nothing was changed.',
  'stratified.quotas.flex.FLEX_NOT_WHOLE': 'min_flex and max_flex are whole numbers, or empty',
  'stratified.quotas.flex.MIN_FLEX_ABOVE_MIN':
    'min_flex is above min: it is the lowest the minimum may be relaxed to',
  'stratified.quotas.flex.MAX_FLEX_BELOW_MAX':
    'max_flex is below max: it is the highest the maximum may be relaxed to',
  'stratified.quotas.table': 'Imported quotas ({file})',
  'stratified.quotas.category': 'Category',
  'stratified.quotas.feature': 'Value',
  'stratified.quotas.min': 'Minimum',
  'stratified.quotas.max': 'Maximum',
  'stratified.quotas.stale':
    'The volunteers changed since the quotas were imported: import them again.',
  'stratified.compute.heading': 'Computing the lottery',
  'stratified.compute.panelSize': 'Panel size: {seats} seats (process settings).',
  'stratified.compute.panels': 'Number of panels (M)',
  'stratified.compute.panelsHint':
    'The draw will pick one of M panels, uniformly. 1,000 by default.',
  'stratified.compute.algorithm': 'Method',
  'stratified.compute.algorithmHint':
    'LEXIMIN maximises the lowest chance, then the next, and so on; MAXIMIN only the lowest; Nash welfare maximises the product of everyone’s chances; “uniform” builds the panels with the naive quota draw.',
  'stratified.compute.choose': 'Choose…',
  'stratified.algorithm.leximin': 'LEXIMIN (recommended)',
  'stratified.algorithm.maximin': 'MAXIMIN',
  'stratified.algorithm.nash': 'Nash welfare (product of the chances)',
  'stratified.algorithm.uniform': 'Naive quota draw (uniform)',
  'stratified.compute.budget': 'Longest computation time (minutes)',
  'stratified.compute.budgetHint':
    'At this limit the computation stops with the best allocation found, and says so.',
  'stratified.compute.households':
    'Households (optional): columns that together identify a household',
  'stratified.compute.householdsHint':
    'For instance the address and the postcode. At most one person per household sits on a panel; values are compared ignoring case and spaces. The lottery records the column names, never the addresses.',
  'stratified.compute.submit': 'Compute the lottery',
  'stratified.compute.running': 'Computing…',
  'stratified.compute.progress': 'Computation progress (volunteer types fixed)',
  'stratified.compute.progressText':
    'Round {round} ({closed} closed, each exact): {fixed} of {types} types fixed; this round’s value lies between {lower} and {upper}.',
  'stratified.compute.nashProgressText':
    'Iteration {iteration}: the geometric mean of the chances is at least {lower}; the optimum is at most {upper}.',
  'stratified.compute.estimateUnknown': 'No time estimate before the first round closes.',
  'stratified.compute.estimate':
    'About {seconds} s more at the pace of the closed rounds (later rounds may be slower).',
  'stratified.compute.optimised':
    'Every value is fixed and proved; rounding to the M panels is under way.',
  'stratified.compute.budgetLeft': 'At most {seconds} s left (the time limit).',
  'stratified.compute.starting': 'Starting the computation…',
  'stratified.compute.cancel': 'Cancel the computation',
  'stratified.compute.cancelled': 'Computation cancelled. The previous lottery, if any, is kept.',
  'stratified.compute.failed': 'The computation failed (code {code}).',
  'stratified.compute.done': 'Lottery computed and stored.',
  'stratified.review.heading': 'Reviewing the probabilities',
  'stratified.review.none': 'No lottery computed for these quotas.',
  'stratified.review.algorithm': 'Method',
  'stratified.review.below': 'Share of volunteers below the equal share k/n ({fair})',
  'stratified.review.naive': 'Naive quota draw (simulated, {runs} draws)',
  'stratified.review.naiveValue': 'from {min} to {max}, Gini {gini}, {below} below k/n',
  'stratified.review.naiveNone': 'not simulated',
  'stratified.review.rounding': 'Largest change from rounding to M panels',
  'stratified.review.seconds': 'Computation time',
  'stratified.review.secondsValue': '{seconds} s',
  'stratified.review.digest': 'SHA-256 of LOTTERY.json',
  'stratified.review.stoppedEarly':
    'The computation reached its time limit: this allocation is the best found, not necessarily the optimum.',
  'stratified.review.completion': 'Optimisation',
  'stratified.review.complete.one': '{method} complete: {rounds} round, proved exact.',
  'stratified.review.complete.other': '{method} complete: {rounds} rounds, each proved exact.',
  'stratified.review.incomplete':
    'Not complete, stopped by the time limit: rounds 1 to {rounds} are exact; round {open} was open, its value between {lower} and {upper} (gap {gap}).',
  'stratified.review.incompleteNoRound':
    'Not complete, stopped by the time limit before the first round closed: no value is proved; the lowest chance lies between {lower} and {upper} (gap {gap}).',
  'stratified.review.nashComplete':
    'Nash welfare optimal: geometric mean of the chances {mean}; no distribution raises it by more than {gap} (duality certificate, checkable).',
  'stratified.review.nashIncomplete':
    'Incomplete, stopped by the time budget: geometric mean of the chances {mean}; the optimum is at most {upper} (relative gap {gap}).',
  'stratified.review.completionUnknown':
    'Not recorded (computed before completion was kept): do not present it as complete.',
  'stratified.review.download': 'Download LOTTERY.json',
  'stratified.frozen': 'The draw is committed: the quotas and the lottery are frozen.',
  'stratified.committed':
    'The commitment is to this stratified lottery (kleroterion-stratified/1): {panels} panels, root {root}.',
  'stratified.notUsed': 'The committed draw is a plain draw: this option was not used.',
  'stratified.mode.legend': 'Kind of draw',
  'stratified.mode.hint':
    'A stratified lottery is ready: you may commit to drawing one of its panels instead of a uniform draw.',
  'stratified.mode.uniform': 'Plain draw (uniform among all volunteers)',
  'stratified.mode.stratified': 'Stratified draw (one panel of the computed lottery)',
  'stratified.confirm.question': 'Commit to the stratified draw?',
  'stratified.confirm.consequence':
    'The commitment publishes the quotas and the lottery’s roots; they can no longer change, and the draw will pick one of its panels.',
  'stratified.confirm.submit': 'Yes, commit to the stratified draw',
  'stratified.confirm.cancel': 'Back to the form',
};
