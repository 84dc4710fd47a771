import Type from 'typebox';

/** The query fields that pick a series, shared by the price and pipeline routes. */

const Code = (description: string, example: string) =>
  Type.String({
    pattern: '^[A-Za-z0-9]{1,20}$',
    'x-messages': { pattern: 'must be 1 to 20 letters or digits' },
    description,
    examples: [example],
  });

export const SeriesQueryFields = {
  symbol: Type.Optional(
    Code('Coin symbol (case-insensitive); default: the first of ETL_SYMBOLS', 'BTC'),
  ),
  convert: Type.Optional(Code('Quote currency (case-insensitive); default: ETL_CONVERT', 'BRL')),
};
