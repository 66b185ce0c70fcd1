using Microsoft.Extensions.Localization;
using Ratsnetz.Import.Uploads;

namespace Ratsnetz.Web.Pages.Import.Upload;

internal static class UploadText
{
    /// <summary>Why an upload failed: from the resources where the code is known, else the import's own message.</summary>
    public static string Error(IStringLocalizer t, UploadState upload)
    {
        if (upload.ErrorCode is { } code)
        {
            var known = t[$"Upload_Error_{code.Replace('.', '_')}"];
            if (!known.ResourceNotFound)
            {
                return known.Value;
            }
        }

        return upload.ErrorMessage ?? t["UploadStatus_FailedUnknown"].Value;
    }
}
