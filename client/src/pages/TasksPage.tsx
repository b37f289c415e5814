// "Mine oppgaver" (/tasks): what waits for the user across years, soonest due first, each linking
// to where the work is done; and the latest notifications sent to them.
import { Heading, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { Async, Empty } from '../components/States.js';
import { ScrollRegion } from '../components/ScrollRegion.js';
import { formatDate, formatTimestamp } from '../format.js';
import { useI18n } from '../i18n.js';
import { useApi, usePageTitle } from '../useApi.js';
import type { Tasks } from '../types.js';

export function TasksPage() {
  const { t, language } = useI18n();
  usePageTitle(t.tasks);
  const tasks = useApi<Tasks>('/api/me/tasks');
  return (
    <>
      <Heading level={1} data-size="lg">
        {t.tasks}
      </Heading>
      <Paragraph>{t.tasksIntro}</Paragraph>
      <Async loaded={tasks}>
        {(answer) => (
          <>
            <Paragraph role="status">{t.tasksCount(answer.count)}</Paragraph>
            {answer.items.length > 0 && (
              <ScrollRegion label={t.tasks}>
                <Table>
                  <caption className="visually-hidden">{t.tasks}</caption>
                  <Table.Head>
                    <Table.Row>
                      <Table.HeaderCell scope="col">{t.taskWhat}</Table.HeaderCell>
                      <Table.HeaderCell scope="col">{t.centre}</Table.HeaderCell>
                      <Table.HeaderCell scope="col">{t.year}</Table.HeaderCell>
                      <Table.HeaderCell scope="col">{t.dueDate}</Table.HeaderCell>
                    </Table.Row>
                  </Table.Head>
                  <Table.Body>
                    {answer.items.map((task) => (
                      <Table.Row key={task.key}>
                        <Table.Cell>
                          <Link asChild>
                            <RouterLink to={task.link}>
                              {t.taskKinds[task.kind] ?? task.kind}: {task.title}
                            </RouterLink>
                          </Link>
                        </Table.Cell>
                        <Table.Cell>{task.centre.name}</Table.Cell>
                        <Table.Cell className="numeric">{task.year}</Table.Cell>
                        <Table.Cell>{task.dueDate ? formatDate(task.dueDate, language) : t.noDueDate}</Table.Cell>
                      </Table.Row>
                    ))}
                  </Table.Body>
                </Table>
              </ScrollRegion>
            )}
            <Heading level={2} data-size="md">
              {t.recentNotifications}
            </Heading>
            {answer.notifications.length === 0 ? (
              <Empty>{t.noNotifications}</Empty>
            ) : (
              <ul className="notice-list">
                {answer.notifications.map((notice) => (
                  <li key={notice.id}>
                    <Link asChild>
                      <RouterLink to={notice.link}>{notice.title}</RouterLink>
                    </Link>{' '}
                    <span className="notice-when">{formatTimestamp(notice.createdAt, language)}</span>
                    <Paragraph data-size="sm">{notice.body}</Paragraph>
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </Async>
    </>
  );
}
