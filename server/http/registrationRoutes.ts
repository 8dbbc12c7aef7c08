// HTTP routes of stage one's registration: the organiser's (stage-one record uploaded or drawn in the
// console by commit, reveal and draw; form, letters streamed as the answer, closing) and the public page's (the code's form, the registration), both rate-limited like
// sign-in. Declared in the HTTP contract (shared/api/groups/registration.*.ts).

import { registrationContract } from '../../shared/api/groups/registration.contract';
import type { RegistrationService } from '../registration/registrationService';
import { contractRoutes } from './contractRoutes';
import type { Route } from './routes';
import { uploadedFile } from './uploadedFile';

export function registrationRoutes(
  registration: RegistrationService,
  options: { checkAnswers?: boolean } = {},
): Route[] {
  return contractRoutes(
    registrationContract,
    {
      'registration.get': ({ params }) => ({ data: registration.view(params.id) }),
      'registration.stageOne': ({ params, req }) => {
        const { bytes } = uploadedFile(
          req,
          'stage-one.json',
          'send the stage-one record (JSON) as the request body',
        );
        return { status: 201, data: registration.acceptStageOne(params.id, bytes) };
      },
      'registration.form': ({ params, body }) => ({
        data: registration.saveForm(params.id, body.eligibility, body.attributes),
      }),
      'registration.letters': ({ params, body }) => {
        const { write } = registration.issueLetters(params.id, {
          description: body.description,
          organiserName: body.organiserName,
          replyBy: body.replyBy === undefined ? undefined : new Date(`${body.replyBy}T12:00:00Z`),
          ...(body.language === undefined ? {} : { language: body.language }),
        });
        return {
          status: 201,
          raw: { contentType: 'application/pdf', body: write, fileName: 'lettres.pdf' },
        };
      },
      'registration.close': ({ params }) => ({ data: registration.close(params.id) }),
      'registration.ceremony': ({ params }) => ({ data: registration.ceremony.view(params.id) }),
      'registration.commit': ({ params, body }) => ({
        status: 201,
        data: registration.ceremony.commit(params.id, body),
      }),
      'registration.reveal': async ({ params, body }) => ({
        data: await registration.ceremony.reveal(params.id, body),
      }),
      'registration.draw': async ({ params }) => ({
        status: 201,
        data: await registration.ceremony.draw(params.id),
      }),
      'publicRegistration.status': ({ params }) => ({
        data: { isOpen: registration.isOpen(params.id) },
      }),
      'publicRegistration.stageOne': ({ params }) => ({
        data: registration.publicStageOne(params.id),
      }),
      'publicRegistration.stageOneRecord': ({ params }) => ({
        raw: {
          contentType: 'application/json',
          body: Buffer.from(registration.stageOneRecordFile(params.id)),
          fileName: `etape-1-${params.id}.json`,
        },
      }),
      'publicRegistration.stageOneCommitment': ({ params }) => ({
        data: registration.ceremony.publicCommitment(params.id),
      }),
      'publicRegistration.stageOneCommitmentFile': ({ params }) => ({
        raw: {
          contentType: 'application/json',
          body: Buffer.from(registration.ceremony.commitmentFile(params.id)),
          fileName: `etape-1-engagement-${params.id}.json`,
        },
      }),
      'publicRegistration.open': ({ body }) => {
        const { title, form } = registration.openWith(body.code);
        return { data: { title, eligibility: form.eligibility, attributes: form.attributes } };
      },
      'publicRegistration.register': ({ body }) => ({
        status: 201,
        data: { title: registration.register(body).title },
      }),
    },
    options,
  );
}
