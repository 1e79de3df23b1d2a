import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { afterEach, describe, it, vi } from 'vitest';
import { defineElement } from './define-element.js';

let counter = 0;
const freshTag = () => `tb-define-test-${++counter}`;

describe('defineElement (DESIGN.md convention 1: idempotent registration)', () => {
  afterEach(() => vi.restoreAllMocks());

  it('defines the class under its tag', () => {
    const tag = freshTag();
    class A extends LitElement {}
    expect(defineElement(tag, A)).to.equal(A);
    expect(customElements.get(tag)).to.equal(A);
    expect(document.createElement(tag)).to.be.instanceOf(A);
  });

  it('is a silent no-op when the same class is defined again', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const tag = freshTag();
    class A extends LitElement {}
    defineElement(tag, A);
    expect(() => defineElement(tag, A)).not.to.throw();
    expect(customElements.get(tag)).to.equal(A);
    expect(warn.mock.calls.length).to.equal(0);
  });

  it('keeps the first class and warns, naming the tag, when another class claims it', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const tag = freshTag();
    class First extends LitElement {}
    class Second extends LitElement {}
    defineElement(tag, First);
    expect(defineElement(tag, Second)).to.equal(First);
    expect(customElements.get(tag)).to.equal(First);
    expect(warn.mock.calls.length).to.equal(1);
    expect(String(warn.mock.calls[0]![0])).to.contain(`<${tag}>`);
  });

  it('registers under a custom tag name, even when the class already has one', () => {
    const tag = freshTag();
    const custom = `my-${tag}`;
    class A extends LitElement {}
    defineElement(tag, A);
    const registered = defineElement(tag, A, custom)!;
    expect(customElements.get(custom)).to.equal(registered);
    expect(document.createElement(custom)).to.be.instanceOf(A);
    expect(customElements.get(tag)).to.equal(A);
  });
});
