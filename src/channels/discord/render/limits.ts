/**
 * Discord's limits (https://discord.com/developers/docs/resources/message and …/interactions/message-components).
 * Discord refuses a whole message or modal that breaks one, so the renderer splits and cuts before it
 * sends. Lengths are in UTF-16 code units, never less than what Discord counts.
 */
export const LIMITS = {
  content: 2000,
  rowsPerMessage: 5,
  buttonsPerRow: 5,
  buttonLabel: 80,
  customId: 100,
  modalTitle: 45,
  modalComponents: 5,
  labelText: 45,
  labelDescription: 100,
  textInputValue: 4000,
  selectOptions: 25,
  optionLabel: 100,
  optionValue: 100,
} as const;
