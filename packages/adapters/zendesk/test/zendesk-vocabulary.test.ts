import { describe, expect, it } from 'vitest';
import {
  buildZendeskLookups,
  zendeskChannel,
  zendeskFirstReplyAt,
  zendeskStatus,
  type ZendeskCustomStatus,
} from '../src/index.js';

describe('Zendesk via.channel → channel (HELPDESK-APIS §4.2, gotcha 12)', () => {
  it.each([
    ['email', 'email'],
    ['web', 'web'],
    ['web_widget', 'web'],
    ['help_center', 'web'],
    ['mobile_sdk', 'web'],
    ['voice', 'phone'],
    ['chat', 'chat'],
    ['native_messaging', 'chat'],
    ['sms', 'chat'],
    ['whatsapp', 'whatsapp'],
    ['twitter', 'social'],
    ['facebook', 'social'],
    ['instagram_dm', 'social'],
    ['api', 'api'],
    ['rule', 'other'],
    ['closed_ticket', 'other'],
    ['side_conversation', 'other'],
    ['any_channel', 'other'],
    ['something_new', 'other'],
    ['toString', 'other'], // not an inherited property
  ] as const)('%s → %s', (via, channel) => {
    expect(zendeskChannel(via)).toBe(channel);
  });

  it.each([
    [0, 'web'], // web_form
    [4, 'email'], // mail
    [5, 'api'], // web_service
    [8, 'other'], // rule
    [17, 'web'], // dropbox (feedback tab)
    [19, 'other'], // merge
    [20, 'web'], // batch
    [999, 'other'],
  ] as const)('via id %i → %s', (id, channel) => {
    expect(zendeskChannel(id)).toBe(channel);
  });
});

describe('Zendesk status (HELPDESK-APIS §4.1)', () => {
  it.each([
    ['new', 'new'],
    ['open', 'open'],
    ['pending', 'pending'],
    ['hold', 'on_hold'],
    ['solved', 'solved'],
    ['closed', 'closed'],
  ] as const)('%s → %s', (status, core) => {
    expect(zendeskStatus(status)).toBe(core);
  });

  const custom = (
    status_category: ZendeskCustomStatus['status_category'],
  ): ZendeskCustomStatus => ({
    id: 1,
    agent_label: 'x',
    status_category,
  });

  it('a custom status decides through its category', () => {
    expect(zendeskStatus('open', custom('hold'))).toBe('on_hold');
    expect(zendeskStatus('open', custom('pending'))).toBe('pending');
  });

  it('closed stays closed: its custom status is in the solved category', () => {
    expect(zendeskStatus('closed', custom('solved'))).toBe('closed');
  });
});

describe('Zendesk first reply from comments (HELPDESK-APIS §1.5 comment)', () => {
  const users = [
    { id: 1, name: 'Agent', role: 'agent' },
    { id: 2, name: 'Customer', role: 'end-user' },
    { id: 3, name: 'Admin', role: 'admin' },
  ];
  const comment = (id: number, author_id: number, at: string, isPublic = true) => ({
    id,
    type: 'Comment',
    author_id,
    public: isPublic,
    created_at: at,
  });
  const firstReply = (comments: unknown[]) => {
    const { lookups, rejected } = buildZendeskLookups({ users, comments: { '7': comments } });
    return { at: lookups.firstReplies?.get(7), rejected };
  };

  it('skips the opening comment, private notes and customer comments', () => {
    const { at } = firstReply([
      comment(13, 1, '2025-03-01T10:30:00Z'),
      comment(10, 1, '2025-03-01T10:00:00Z'), // opening, even by an agent (logged call)
      comment(11, 1, '2025-03-01T10:05:00Z', false),
      comment(12, 2, '2025-03-01T10:10:00Z'),
    ]);
    expect(at).toBe(Date.parse('2025-03-01T10:30:00Z'));
  });

  it('an admin reply counts; an unknown author does not', () => {
    const { at } = firstReply([
      comment(10, 2, '2025-03-01T10:00:00Z'),
      comment(11, 99, '2025-03-01T10:05:00Z'),
      comment(12, 3, '2025-03-01T10:20:00Z'),
    ]);
    expect(at).toBe(Date.parse('2025-03-01T10:20:00Z'));
  });

  it('no agent reply yet: no instant', () => {
    expect(firstReply([comment(10, 2, '2025-03-01T10:00:00Z')]).at).toBeUndefined();
    expect(zendeskFirstReplyAt([], new Map())).toBeUndefined();
  });

  it('a broken comment or user is rejected by id and field, the rest kept', () => {
    const { lookups, rejected } = buildZendeskLookups({
      users: [...users, { id: 4, name: 'Owner', role: 'owner' }],
      comments: { '7': [comment(10, 2, '2025-03-01T10:00:00Z'), { id: 11, type: 'Note' }] },
    });
    expect(lookups.users?.size).toBe(3);
    expect(rejected.map((r) => [r.where, r.path.join('.')])).toEqual([
      ['user 4', 'role'],
      ['ticket 7 comment 11', 'type'],
    ]);
    expect(rejected[1]!.message).toMatch(/type:.*author_id:.*public:.*created_at:/);
  });
});
