// Writes the ordered parts of a letter (sections, priority areas, signatories, copy recipients).
// A list in a request replaces the stored list; its order becomes the positions.
import type { Transaction } from 'sequelize';
import { LetterCopyRecipient, LetterSection, LetterSignatory, Organisation, PriorityArea } from '../models/index.js';
import { fieldError } from '../errors.js';
import type { DeadlineRules } from '../models/GrantLetter.js';
import { say } from '../i18n/language.js';

/** The editable content of a letter, as requests give it. */
export interface LetterContent {
  title?: string;
  language?: 'nb' | 'en';
  letterDate?: string | null;
  theirReference?: string | null;
  senderOrganisationId?: number | null;
  sections?: { heading: string; body: string; recurring?: boolean }[];
  priorityAreas?: { title: string; description?: string | null }[];
  signatories?: { name: string; title: string; byAuthority?: boolean }[];
  copyRecipients?: { name: string; organisationId?: number | null }[];
  deadlineRules?: DeadlineRules | null;
}

export async function checkLetterOrganisations(content: LetterContent, transaction: Transaction) {
  if (content.senderOrganisationId && !(await Organisation.findByPk(content.senderOrganisationId, { transaction })))
    throw fieldError(
      'body.senderOrganisationId',
      say(
        `finnes ingen organisasjon med id ${content.senderOrganisationId}`,
        `no organisation with id ${content.senderOrganisationId}`,
      ),
    );
  for (const [index, recipient] of (content.copyRecipients ?? []).entries()) {
    if (recipient.organisationId && !(await Organisation.findByPk(recipient.organisationId, { transaction })))
      throw fieldError(
        `body.copyRecipients.${index}.organisationId`,
        say(
          `finnes ingen organisasjon med id ${recipient.organisationId}`,
          `no organisation with id ${recipient.organisationId}`,
        ),
      );
  }
}

export async function replaceLetterParts(letterId: number, content: LetterContent, transaction: Transaction) {
  const options = { transaction };
  const where = { where: { letterId }, transaction };
  if (content.sections) {
    await LetterSection.destroy(where);
    await LetterSection.bulkCreate(
      content.sections.map((s, position) => ({
        letterId,
        position,
        heading: s.heading,
        body: s.body,
        recurring: s.recurring ?? false,
      })),
      options,
    );
  }
  if (content.priorityAreas) {
    await PriorityArea.destroy(where);
    await PriorityArea.bulkCreate(
      content.priorityAreas.map((p, position) => ({
        letterId,
        position,
        title: p.title,
        description: p.description ?? null,
      })),
      options,
    );
  }
  if (content.signatories) {
    await LetterSignatory.destroy(where);
    await LetterSignatory.bulkCreate(
      content.signatories.map((s, position) => ({
        letterId,
        position,
        name: s.name,
        title: s.title,
        byAuthority: s.byAuthority ?? false,
      })),
      options,
    );
  }
  if (content.copyRecipients) {
    await LetterCopyRecipient.destroy(where);
    await LetterCopyRecipient.bulkCreate(
      content.copyRecipients.map((c, position) => ({
        letterId,
        position,
        name: c.name,
        organisationId: c.organisationId ?? null,
      })),
      options,
    );
  }
}
