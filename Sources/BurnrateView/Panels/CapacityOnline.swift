import BurnrateModel

extension ProjectionYear {
    /// Its capacity online as bar segments in the providers' colours, in the order of the
    /// capacity panel's rows: `capacityOnlineGW` lists the providers as `Analysis.providers` does,
    /// then the company's own sites.
    var capacitySegments: [StackedBar.Segment] {
        capacityOnlineGW.indices.compactMap { index in
            guard let gigawatts = capacityOnlineGW[index].gigawatts, gigawatts > 0 else { return nil }
            return StackedBar.Segment(value: gigawatts, style: Style(.series(index)))
        }
    }
}
