import '@ger/tokens/css/ger.css';
import '@ger/components/text-field.js';
import '@ger/components/radio-group.js';
import '@ger/components/radio.js';
import '@ger/components/button.js';
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#app');
