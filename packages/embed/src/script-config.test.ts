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

  it('gives no defaults when the tag is not found or carries no attributes', () => {
    expect(findOwnScript('https://nowhere.example/x.js', document)).to.equal(null);
    expect(readScriptConfig(null)).to.deep.equal({});
    const bare = document.createElement('script');
    expect(readScriptConfig(bare)).to.deep.equal({});
  });
});
