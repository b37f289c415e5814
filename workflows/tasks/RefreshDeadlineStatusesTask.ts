// Moves open deadlines along the calendar: upcoming → due soon (within DUE_SOON_DAYS) → overdue,
// by today's date in Europe/Oslo. Idempotent: running it twice changes nothing the second time.
import { z } from 'zod';
import { Op } from 'sequelize';
import type { WhereOptions } from 'sequelize';
import { addDays, format } from 'date-fns';
import { osloToday } from '../../server/calendar.js';
import { BaseTask } from './BaseTask.js';
import { Deadline } from '../../server/models/index.js';
import type { DeadlineStatus } from '../../server/models/Deadline.js';
import { withTransaction } from '../../server/db/transaction.js';
import { recordAudit } from '../../server/audit.js';

const DUE_SOON_DAYS = 14;

const schema = z.object({ today: z.iso.date().optional() });

export class RefreshDeadlineStatusesTask extends BaseTask<typeof schema> {
  readonly name = 'refresh-deadline-statuses';
  readonly schema = schema;
  readonly queue = 'maintenance' as const;

  async perform({ today = osloToday() }: z.output<typeof schema>) {
    const soon = format(addDays(new Date(`${today}T12:00:00Z`), DUE_SOON_DAYS), 'yyyy-MM-dd');
    const moves: [DeadlineStatus, WhereOptions<Deadline>][] = [
      ['overdue', { status: { [Op.in]: ['upcoming', 'due_soon'] }, dueDate: { [Op.lt]: today } }],
      ['due_soon', { status: 'upcoming', dueDate: { [Op.gte]: today, [Op.lte]: soon } }],
    ];
    let changed = 0;
    for (const [status, where] of moves) {
      changed += await withTransaction(async (transaction) => {
        const deadlines = await Deadline.findAll({ where, transaction, lock: transaction.LOCK.UPDATE });
        for (const deadline of deadlines) {
          const before = { status: deadline.status };
          await deadline.update({ status }, { transaction });
          await recordAudit(transaction, {
            actor: null,
            action: 'status_change',
            entityType: 'Deadline',
            entityId: deadline.id,
            centreId: deadline.centreId,
            before,
            after: { status },
          });
        }
        return deadlines.length;
      });
    }
    return { changed };
  }
}
