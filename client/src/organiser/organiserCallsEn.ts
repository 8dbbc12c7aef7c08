// Interface text of the calls-for-projects console in English; the type requires exactly the French keys.

import type { organiserCallsFr } from './organiserCallsFr';

export const organiserCallsEn: Record<keyof typeof organiserCallsFr, string> = {
  'organiser.calls.link': 'Calls for projects and pre-screening',
  'organiser.calls.backToList': 'Back to the calls for projects',
  'organiser.calls.status.upcoming': 'Upcoming',
  'organiser.calls.status.open': 'Open for applications',
  'organiser.calls.status.closed': 'Closed',

  'organiser.calls.list.title': 'Calls for projects',
  'organiser.calls.list.intro':
    'A call receives applications while it is open. Each application is assigned automatically, as soon as it arrives, to two reviewers; once the call has closed, you settle its admissibility, then send the admissible applications to the citizens’ jury as its dossiers.',
  'organiser.calls.list.heading': 'Your calls',
  'organiser.calls.list.caption': 'Calls for projects ({count})',
  'organiser.calls.list.colTitle': 'Title',
  'organiser.calls.list.colStatus': 'Status',
  'organiser.calls.list.colOpens': 'Opens',
  'organiser.calls.list.colCloses': 'Closes',
  'organiser.calls.list.empty': 'No call yet. Create the first one below.',
  'organiser.calls.create.heading': 'Create a call for projects',
  'organiser.calls.create.title': 'Title of the call',
  'organiser.calls.create.titleHint': 'For example: “Citizens’ initiatives accelerator 2026”.',
  'organiser.calls.create.description': 'Presentation of the call',
  'organiser.calls.create.descriptionHint':
    'Shown on the call’s public page (at most {max} characters).',
  'organiser.calls.create.opensAt': 'Applications open',
  'organiser.calls.create.closesAt': 'Applications close',
  'organiser.calls.create.dateHint': 'Date and time of your browser (time zone {zone}).',
  'organiser.calls.create.closesBeforeOpens': 'Applications must close after they open.',
  'organiser.calls.create.refPrefix': 'Reference prefix',
  'organiser.calls.create.refPrefixHint':
    '2 to 6 capital letters, for example AIC: applications are numbered AIC-2026-001, AIC-2026-002…',
  'organiser.calls.create.prefixFormat':
    'The reference prefix must be 2 to 6 unaccented capital letters (for example AIC).',
  'organiser.calls.create.year': 'Cohort year',
  'organiser.calls.create.yearHint': 'It appears in the applications’ references.',
  'organiser.calls.create.submit': 'Create the call',

  'organiser.calls.page.loading': 'Loading the call',
  'organiser.calls.page.unavailable': 'Call unavailable',
  'organiser.calls.page.status': 'Status',
  'organiser.calls.page.opensAt': 'Opens',
  'organiser.calls.page.closesAt': 'Closes',
  'organiser.calls.page.numbering': 'References',
  'organiser.calls.page.numberingValue': '{prefix}-{year}-001, {prefix}-{year}-002…',
  'organiser.calls.page.publicLink': 'See the call’s public page',
  'organiser.calls.page.refreshHint':
    'This page does not update by itself: refresh it to see new applications and reviews.',
  'organiser.calls.page.refresh': 'Refresh',
  'organiser.calls.page.refreshed': 'Information refreshed.',

  'organiser.calls.reviewers.heading': 'Reviewers',
  'organiser.calls.reviewers.none': 'No reviewer yet.',
  'organiser.calls.reviewers.caption': 'Reviewers ({count})',
  'organiser.calls.reviewers.id': 'Public identifier',
  'organiser.calls.reviewers.name': 'Name',
  'organiser.calls.reviewers.email': 'E-mail address',
  'organiser.calls.reviewers.needTwo':
    'Each application is reviewed by two people: add at least two reviewers. The applications received until then will be shared among them automatically.',
  'organiser.calls.reviewers.addHeading': 'Add a reviewer',
  'organiser.calls.reviewers.addHint':
    'The reviewer receives by e-mail a personal link to the applications entrusted to them. The public log only shows their identifier (R01, R02…).',
  'organiser.calls.reviewers.nameShort': 'The name must have at least 2 characters.',
  'organiser.calls.reviewers.emailFormat':
    'Enter a valid e-mail address, for example name@example.org.',
  'organiser.calls.reviewers.submit': 'Add and send the link',
  'organiser.calls.reviewers.added':
    '{name} ({id}) is added; their review link is sent to {email}.',

  'organiser.calls.progress.heading': 'Review progress',
  'organiser.calls.progress.received': 'Applications received',
  'organiser.calls.progress.unassigned': 'Not assigned',
  'organiser.calls.progress.fullyReviewed': 'Reviewed twice',
  'organiser.calls.progress.settled': 'Settled',
  'organiser.calls.progress.perReviewer': 'Reviews per person',
  'organiser.calls.progress.chartLabel':
    'Bar chart: for each reviewer, then in total, the number of reviews done and left. The same figures are in the table that follows.',
  'organiser.calls.progress.caption': 'Reviews done and left, per person and in total',
  'organiser.calls.progress.reviewer': 'Reviewer',
  'organiser.calls.progress.assigned': 'Assigned',
  'organiser.calls.progress.reviewed': 'Reviewed',
  'organiser.calls.progress.remaining': 'Left',
  'organiser.calls.progress.total': 'Total',
  'organiser.calls.assign.hint':
    'Assignment is automatic: each application goes, as soon as it arrives, to the two reviewers with the fewest applications to review, never to someone who declared a conflict of interest on it. Applications received while the call had fewer than two reviewers are shared out as soon as the second one is added. Add your reviewers before the call opens to balance the load best.',
  'organiser.calls.assign.submit': 'Assign the waiting applications now',
  'organiser.calls.assign.needReviewers':
    'Add at least two reviewers: the waiting applications will then be assigned to them automatically.',
  'organiser.calls.assign.nothing': 'Every application received is assigned.',
  'organiser.calls.assign.done': '{count} application(s) assigned to two people each.',

  'organiser.calls.applications.heading': 'Applications ({count})',
  'organiser.calls.applications.none': 'No application received yet.',
  'organiser.calls.applications.order':
    'Settlement order: disagreements first, then applications ready to settle, those still in review, and finally those already settled. Expand an application to read it beside its reviews.',
  'organiser.calls.applications.disagreements':
    '{count} application(s) with diverging opinions to look at first.',
  'organiser.calls.item.summary': '{ref} — {title}',
  'organiser.calls.item.disagreement': 'Diverging opinions',
  'organiser.calls.item.disagreementHint':
    'Diverging opinions: the two reviews do not reach the same conclusion, or one asks to discuss it.',
  'organiser.calls.item.unassigned': '(not assigned)',
  'organiser.calls.item.inReview': '(in review: {received} of {expected} review(s))',
  'organiser.calls.item.toSettle': '(to settle)',
  'organiser.calls.item.settledAdmissible': '(settled: admissible)',
  'organiser.calls.item.settledNotAdmissible': '(settled: not admissible)',
  'organiser.calls.item.reviews': 'Reviews',
  'organiser.calls.item.noReviewers': 'This application is not assigned yet.',
  'organiser.calls.item.reviewBy': 'Review by {reviewer}',
  'organiser.calls.item.reviewPending': 'Review pending.',
  'organiser.calls.item.conflicts': 'Conflict of interest declared, reviewer replaced: {list}.',
  'organiser.calls.item.settlement': 'Settlement',
  'organiser.calls.item.afterClose': 'Settlement will be possible once the call has closed.',
  'organiser.calls.item.needReviews': 'Settlement will be possible once both reviews are in.',
  'organiser.calls.settle.heading': 'Settle application {ref}',
  'organiser.calls.settle.final':
    'Settlement is final: the decision is recorded in the call’s public log.',
  'organiser.calls.settle.decision': 'Decision',
  'organiser.calls.settle.admissible': 'Admissible: sent to the citizens’ jury',
  'organiser.calls.settle.notAdmissible': 'Not admissible',
  'organiser.calls.settle.decisionRequired': 'Choose a decision: admissible or not admissible.',
  'organiser.calls.settle.reason': 'Reason for non-admissibility',
  'organiser.calls.settle.reasonHint':
    'The call’s public page shows the number of applications per reason, never the reason of a given application.',
  'organiser.calls.settle.reasonPlaceholder': '— Choose a reason —',
  'organiser.calls.settle.reasonRequired': 'Choose the reason for non-admissibility.',
  'organiser.calls.settle.text': 'Message to the applicant',
  'organiser.calls.settle.textHint':
    'What the project’s applicant will read on their personal page ({min} to {max} characters).',
  'organiser.calls.settle.textLength':
    'The message to the applicant must have {min} to {max} characters.',
  'organiser.calls.settle.assessment': 'Assessment sent to the jury',
  'organiser.calls.settle.assessmentHint':
    'Pre-filled from the two reviews: for each axis, the more cautious of the two levels and both comments. The jury will read it: change it if needed.',
  'organiser.calls.settle.submit': 'Save the settlement',
  'organiser.calls.settle.doneAdmissible': 'Application {ref} settled: admissible.',
  'organiser.calls.settle.doneNotAdmissible': 'Application {ref} settled: not admissible.',
  'organiser.calls.outcome.decision': 'Decision',
  'organiser.calls.outcome.admissible': 'Admissible',
  'organiser.calls.outcome.notAdmissible': 'Not admissible',
  'organiser.calls.outcome.reason': 'Reason',
  'organiser.calls.outcome.text': 'Message to the applicant',
  'organiser.calls.outcome.noText': 'None',
  'organiser.calls.outcome.at': 'Settled on',

  'organiser.calls.export.heading': 'Send the admissible applications to the jury',
  'organiser.calls.export.afterClose':
    'Possible once the call has closed and every application is settled.',
  'organiser.calls.export.unsettled':
    '{count} application(s) still to settle before the dossiers can be sent.',
  'organiser.calls.export.noneAdmissible': 'No application is admissible: nothing to send.',
  'organiser.calls.export.noProcess':
    'No jury process exists: create one in the list of processes.',
  'organiser.calls.export.formHeading': 'Choose the jury',
  'organiser.calls.export.intro':
    '{count} admissible application(s) will become the chosen jury’s dossiers, with the administration’s assessment.',
  'organiser.calls.export.process': 'Receiving jury process',
  'organiser.calls.export.processHint':
    'Only before its deliberation room opens. The dossiers sent replace any the process already has.',
  'organiser.calls.export.processPlaceholder': '— Choose a process —',
  'organiser.calls.export.processRequired': 'Choose the receiving jury process.',
  'organiser.calls.export.start': 'Send the admissible applications…',
  'organiser.calls.export.question':
    'Do you confirm sending {count} dossier(s) to the jury “{title}”?',
  'organiser.calls.export.final':
    'The hand-over happens only once and is recorded in the public logs of the call and of the jury.',
  'organiser.calls.export.confirm': 'Confirm the hand-over',
  'organiser.calls.export.cancel': 'Cancel',
  'organiser.calls.export.done': '{count} dossier(s) sent to the jury “{title}”.',
  'organiser.calls.export.exported': 'The admissible applications were sent to the jury “{title}”.',
  'organiser.calls.export.openProcess': 'Open this process',
};
