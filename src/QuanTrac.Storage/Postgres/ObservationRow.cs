using QuanTrac.Domain.Observations;

namespace QuanTrac.Storage.Postgres;

// Named structs, not tuples: a tuple holding a reference runs through the runtime's shared generic code, which looks up
// types at run time on every list access; these rows are touched several times each, for every value of a backlog.

/// <summary>An accepted file of a batch: its registry id and its station's id.</summary>
readonly record struct AcceptedFile(IncomingFile File, long FileId, int StationId);

/// <summary>One observation as written: the registry id of its file, its station's id, when its file was received.</summary>
readonly record struct ObservationRow(Observation Observation, long FileId, int StationId, DateTimeOffset ReceivedAt);
