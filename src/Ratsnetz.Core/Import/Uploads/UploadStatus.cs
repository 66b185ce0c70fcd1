namespace Ratsnetz.Import.Uploads;

/// <summary>Where an upload stands: queued → reading → extracting → importing → done or failed.</summary>
public enum UploadStatus
{
    Queued = 1,
    Reading = 2,
    Extracting = 3,
    Importing = 4,
    Done = 5,
    Failed = 6,
}

public static class UploadStatusExtensions
{
    public static bool IsFinished(this UploadStatus status) => status is UploadStatus.Done or UploadStatus.Failed;

    public static bool IsRunning(this UploadStatus status) => status is UploadStatus.Reading or UploadStatus.Extracting or UploadStatus.Importing;
}
