import { createApp } from 'vue';
import '@tsunagu/elements/define/window-finder.js';
import App from './App.vue';

createApp(App).mount('#app');
