import { csat } from '@tablero/core';
import { describe, expect, it } from 'vitest';
import { rejectedIssue } from './rejected-issue.js';

describe('rejectedIssue (core README §Ground rules: lenient mode lists every rejected record)', () => {
  it('counts the rejected records and names the first one and its reason', () => {
    const { rejected } = csat([5, 'meh', 4, 11], { mode: 'lenient' });
    const issue = rejectedIssue('responses', 'answers', rejected)!;
    expect(issue.attribute).toBe('responses');
    expect(issue.message).toMatch(/^2 answers rejected; first: record 1: /);
    expect(issue.message).toContain(rejected[0]!.issues[0]!.message);
  });

  it('is null when nothing was rejected', () => {
    expect(rejectedIssue('responses', 'answers', [])).toBeNull();
  });
});
