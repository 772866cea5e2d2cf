export const pluginId = 'cartographer';
