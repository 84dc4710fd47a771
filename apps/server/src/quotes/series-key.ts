/** One price series: a coin in a quote currency, the leading columns of every quotes index. */
export interface SeriesKey {
  symbol: string;
  convert: string;
}
