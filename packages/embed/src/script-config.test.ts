import { expect } from '@open-wc/testing';
import { findOwnScript, readScriptConfig } from './script-config.js';

describe('embed script configuration', () => {
  it('finds its own module script by resolved src and reads the data- attributes', () => {
    const doc = document.implementation.createHTMLDocument('partner');
    const base = doc.createElement('base');
    base.href = 'https://shop.example/page/';
    doc.head.append(base);
    const other = doc.createElement('script');
    other.src = 'https://cdn.example/other.js';
    const own = doc.createElement('script');
    own.type = 'module';
    own.src = '../assets/tsunagu.js';
    own.dataset.key = 'pk_demo';
    own.dataset.apiBase = 'https://api.example';
    own.dataset.lang = 'ja-x-easy';
    doc.body.append(other, own);

    const found = findOwnScript('https://shop.example/assets/tsunagu.js', doc);
    expect(found).to.equal(own);
    expect(readScriptConfig(found)).to.deep.equal({
      key: 'pk_demo',
      apiBase: 'https://api.example',
      locale: 'ja-x-easy',
    });
  });

  it('finds its tag when the page or a later part adds a query string to the URL', () => {
    const doc = document.implementation.createHTMLDocument('partner');
    const own = doc.createElement('script');
    own.type = 'module';
    own.src = 'https://cdn.example/tsunagu@1/concern-report.js?v=2';
    own.dataset.key = 'pk_demo';
    doc.body.append(own);
    // the entry as a later part imports it (plain), and as the page loaded it (with the query)
    expect(findOwnScript('https://cdn.example/tsunagu@1/concern-report.js', doc)).to.equal(own);
    expect(findOwnScript('https://cdn.example/tsunagu@1/concern-report.js?v=2#x', doc)).to.equal(own);
    expect(findOwnScript('https://cdn.example/tsunagu@2/concern-report.js', doc)).to.equal(null);
  });

  it('gives no defaults when the tag is not found or carries no attributes', () => {
    expect(findOwnScript('https://nowhere.example/x.js', document)).to.equal(null);
    expect(readScriptConfig(null)).to.deep.equal({});
    const bare = document.createElement('script');
    expect(readScriptConfig(bare)).to.deep.equal({});
  });
});
