// Admin: every user with roles, centre, whether active and the last login.
import { Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { Async, Empty } from '../components/States.js';
import { formatTimestamp } from '../format.js';
import { useI18n } from '../i18n.js';
import { useApi, usePageTitle } from '../useApi.js';
import type { Page, User } from '../types.js';

export function UsersPage() {
  const { t, language } = useI18n();
  usePageTitle(t.usersTitle);
  const users = useApi<Page<User>>('/api/users?pageSize=200');
  return (
    <>
      <Heading level={1} data-size="lg">
        {t.usersTitle}
      </Heading>
      <Paragraph>{t.usersIntro}</Paragraph>
      <Async loaded={users}>
        {(page) =>
          page.items.length === 0 ? (
            <Empty>{t.noUsers}</Empty>
          ) : (
            <Table zebra border data-testid="users-table">
              <caption className="visually-hidden">{t.usersTitle}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell scope="col">{t.name}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t.email}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t.roles}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t.centre}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t.status}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t.lastLogin}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {page.items.map((user) => (
                  <Table.Row key={user.id}>
                    <Table.HeaderCell scope="row">
                      {user.name}
                      {user.title && <div className="muted">{user.title}</div>}
                    </Table.HeaderCell>
                    <Table.Cell>{user.email}</Table.Cell>
                    <Table.Cell>{user.roles.map((role) => t.role[role]).join(', ')}</Table.Cell>
                    <Table.Cell>{user.centre ?? t.none}</Table.Cell>
                    <Table.Cell>
                      <Tag data-color={user.active ? 'success' : 'neutral'}>{user.active ? t.active : t.inactive}</Tag>
                    </Table.Cell>
                    <Table.Cell>{user.lastLoginAt ? formatTimestamp(user.lastLoginAt, language) : t.never}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          )
        }
      </Async>
    </>
  );
}
