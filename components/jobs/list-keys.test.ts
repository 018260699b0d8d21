import { describe, expect, it } from 'vitest';
import { isTyping, listKeyAction, moveSelection, type KeyInput } from './list-keys';

const body = { tagName: 'BODY' };
const link = { tagName: 'A' };
const search = { tagName: 'INPUT', type: 'search' };

describe('listKeyAction', () => {
  it.each<[string, KeyInput, ReturnType<typeof listKeyAction>]>([
    ['j moves down', { key: 'j', target: body }, 'next'],
    ['k moves up', { key: 'k', target: body }, 'previous'],
    ['j works while a row link has focus', { key: 'j', target: link }, 'next'],
    ['/ goes to search', { key: '/', target: body }, 'search'],
    ['Enter opens the selection from the page', { key: 'Enter', target: body }, 'open'],
    ['Enter on a link is the link’s own', { key: 'Enter', target: link }, null],
    ['Enter on a button is the button’s own', { key: 'Enter', target: { tagName: 'button' } }, null],
    ['j typed in the search box is a letter', { key: 'j', target: search }, null],
    ['/ typed in the search box is a character', { key: '/', target: search }, null],
    ['j in a text area', { key: 'j', target: { tagName: 'TEXTAREA' } }, null],
    ['j in an editable region', { key: 'j', target: { tagName: 'DIV', isContentEditable: true } }, null],
    ['j on a checkbox still moves', { key: 'j', target: { tagName: 'INPUT', type: 'checkbox' } }, 'next'],
    ['Ctrl+j is the browser’s', { key: 'j', ctrlKey: true, target: body }, null],
    ['Cmd+k is the browser’s', { key: 'k', metaKey: true, target: body }, null],
    ['Alt+/ is not search', { key: '/', altKey: true, target: body }, null],
    ['J (shift) is not j', { key: 'J', target: body }, null],
    ['other keys pass', { key: 'x', target: body }, null],
    ['no target (focus in no element)', { key: 'j', target: null }, 'next'],
  ])('%s', (_, input, expected) => {
    expect(listKeyAction(input)).toBe(expected);
  });
});

describe('isTyping', () => {
  it('treats a select as typing (its letters pick options)', () => {
    expect(isTyping({ tagName: 'SELECT' })).toBe(true);
  });
  it('treats an input without a type as text', () => {
    expect(isTyping({ tagName: 'input' })).toBe(true);
  });
});

describe('moveSelection', () => {
  it.each<[number | undefined, number, 1 | -1, number]>([
    [undefined, 5, 1, 0],
    [undefined, 5, -1, 4],
    [0, 5, 1, 1],
    [3, 5, -1, 2],
    [4, 5, 1, 4],
    [0, 5, -1, 0],
    // The page changed under the selection (fewer rows now): start again from an end.
    [7, 5, 1, 0],
    [2, 0, 1, -1],
  ])('from %s of %i rows, step %i -> %i', (current, count, step, expected) => {
    expect(moveSelection(current, count, step)).toBe(expected);
  });
});
