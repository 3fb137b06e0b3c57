/** GET /v1/models and /v1/models/{id}: the workbook's catalog, in the API's shape. */
import { findModel, MODELS } from "../api/catalog";
import { ApiError } from "./errors";

// A fixed date, so listings are stable; the real API reports when each model was published.
const CREATED = 1_700_000_000;

const modelObject = (id: string) => ({ id, object: "model", created: CREATED, owned_by: "system" });

export function listModels() {
  return { object: "list", data: MODELS.map((m) => modelObject(m.id)) };
}

export function retrieveModel(id: string) {
  if (!findModel(id)) {
    throw new ApiError(404, `The model '${id}' does not exist`, "invalid_request_error", "model", "model_not_found");
  }
  return modelObject(id);
}
