/// <reference types="vite/client" />
// Vue's GlobalComponents gain the tsunagu tags (attributes, properties and events), generated from
// custom-elements.json.
import type {} from '@tsunagu/elements/vue';
