#pragma once

#include "api/apierror.h"

//! The documented exit codes: scripts branch on them, so they never change meaning.
namespace Density::Cli::ExitCode {

constexpr int Success = 0;
constexpr int Usage = 2;   //!< bad or missing option, unknown command, invalid date/resolution
constexpr int Api = 3;     //!< the API (or the decoder) refused: Http, Decode, Validation, Auth
constexpr int Network = 4; //!< no usable answer: Network, Tls, Timeout

//! Transport failures are worth retrying from a script; API refusals usually are not.
inline int forError(const ApiError &error) {
    switch (error.kind()) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Tls:
    case ApiError::Kind::Timeout:
        return Network;
    case ApiError::Kind::Http:
    case ApiError::Kind::Decode:
    case ApiError::Kind::Validation:
    case ApiError::Kind::Auth:
        break;
    }
    return Api;
}

} // namespace Density::Cli::ExitCode
