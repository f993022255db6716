import { expect } from '@open-wc/testing';
import { EMPTY_QUERY } from './finder-search.js';
import { readUrlState, writeUrlState } from './url-state.js';

describe('url state (sync-url)', () => {
  it('writes only the finder parameters, keeps the page’s own, and reads them back', () => {
    const search = writeUrlState('?page=2', {
      query: { ...EMPTY_QUERY, concerns: ['money_debt', 'housing'], openNow: true },
      ward: 'naka',
      town: '',
    });
    expect(search).to.equal('?page=2&tf-concern=money_debt%2Chousing&tf-ward=naka&tf-open=1');
    const back = readUrlState(search);
    expect(back?.query?.concerns).to.deep.equal(['money_debt', 'housing']);
    expect(back?.query?.openNow).to.equal(true);
    expect(back?.ward).to.equal('naka');
  });

  it('ignores a URL without finder parameters and drops unsafe values', () => {
    expect(readUrlState('?page=2')).to.equal(null);
    const state = readUrlState('?tf-concern=<script>,work&tf-ward=%22x%22');
    expect(state?.query?.concerns).to.deep.equal(['work']);
    expect(state?.ward).to.equal('');
  });

  it('removes its parameters when the query is empty', () => {
    expect(writeUrlState('?tf-ward=naka', { query: EMPTY_QUERY, ward: '', town: '' })).to.equal('');
  });
});
