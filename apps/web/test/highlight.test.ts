import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { excerpt, highlightParts, searchWords, similarity } from '../src/catalog/highlight';

const marked = (text: string, q: string) =>
  highlightParts(text, q)
    .filter((part) => part.match)
    .map((part) => part.text);

describe('search highlighting', () => {
  it('marks words whatever their accents and case', () => {
    expect(marked('Tênis de corrida', 'tenis')).toEqual(['Tênis']);
    expect(marked('Geladeira Frost Free', 'FROST geladeira')).toEqual(['Geladeira', 'Frost']);
    expect(marked('Eletrônico', 'eletrônico')).toEqual(['Eletrônico']);
    expect(marked('CAFÉ', 'cafe')).toEqual(['CAFÉ']);
  });

  it('marks a part of a word as searched, every time it occurs', () => {
    expect(marked('Camiseta de algodão, 100% algodão', 'algod')).toEqual(['algod', 'algod']);
  });

  it('marks the word a typo stands for, as the api finds it', () => {
    expect(similarity('cadera', 'cadeira')).toBe(0.5);
    expect(marked('Cadeira de escritório', 'cadera')).toEqual(['Cadeira']);
    expect(marked('Mesa de jantar', 'cadera')).toEqual([]);
  });

  it('keeps accents written as combining marks with their letter', () => {
    expect(marked('Te\u0302nis', 'tenis')).toEqual(['Te\u0302nis']);
  });

  it('merges overlapping matches into one mark', () => {
    expect(highlightParts('abcdef', 'bcd cde')).toEqual([
      { text: 'a', match: false },
      { text: 'bcde', match: true },
      { text: 'f', match: false },
    ]);
  });

  it('reads at most the words the api searches', () => {
    expect(searchWords('a b c d e f g h i j  a')).toHaveLength(8);
    expect(highlightParts('texto', '   ')).toEqual([{ text: 'texto', match: false }]);
  });

  it('shows a long text from a little before its first match', () => {
    const text = `${'Produto de ótima qualidade, feito à mão. '.repeat(3)}Acompanha tênis extra.`;
    const parts = excerpt(highlightParts(text, 'tenis'));
    expect(parts[0]?.text).toBe('…feito à mão. Acompanha ');
    expect(parts.filter((part) => part.match).map((part) => part.text)).toEqual(['tênis']);
    const short = highlightParts('Um tênis', 'tenis');
    expect(excerpt(short)).toBe(short);
    const none = highlightParts(text, 'geladeira');
    expect(excerpt(none)).toBe(none);
  });

  it('always gives back the whole text, in order, each marked part a match', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.string({ maxLength: 12 }), (text, q) => {
        const parts = highlightParts(text, q);
        expect(parts.map((part) => part.text).join('')).toBe(text);
        for (const part of parts) expect(part.text.length > 0 || text === '').toBe(true);
      }),
    );
  });

  it('marks every occurrence of a searched word, in any accent or case', () => {
    const letters = fc.constantFrom(
      ...[
        'a',
        'e',
        'i',
        'o',
        'u',
        'á',
        'é',
        'í',
        'ó',
        'ú',
        'â',
        'ê',
        'ô',
        'ã',
        'õ',
        'ç',
        'c',
        'd',
        'n',
        'r',
        's',
        't',
      ],
    );
    fc.assert(
      fc.property(
        fc.string({ unit: letters, minLength: 2, maxLength: 8 }),
        fc.string({ unit: letters, maxLength: 20 }),
        (word, around) => {
          const text = `${around} ${word.toUpperCase()} ${around}`;
          const bare = word.normalize('NFD').replace(/\p{M}/gu, '');
          const joined = marked(text, bare).join(' ').normalize('NFD').replace(/\p{M}/gu, '');
          expect(joined.toLowerCase()).toContain(bare.toLowerCase());
        },
      ),
    );
  });
});
