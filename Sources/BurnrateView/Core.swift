/// The drawing core comes with the view: code that draws panels also names cells, keys and
/// colours.
@_exported import BurnrateCore
