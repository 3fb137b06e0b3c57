// tslab resolves "./src/workbook" to a file, never to a folder's index: this lets notebooks import the folder's module.
export * from "./workbook/index";
